#pragma once

#include "store/Result.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace oscalis::ui::band {

class BandContext;
class SetlistModel;

/// A gig's setlist: songs and breaks in order, dragged to reorder, a song added from the band's
/// songs, a break of some minutes, remove, the running total per row and the total; exports to
/// PDF (SetlistPdf) and CSV (store::SetlistCsv). GUI thread; owned by GigsPage.
class SetlistEditor : public QWidget {
    Q_OBJECT
public:
    using Report = std::function<bool(const store::Status&)>;
    SetlistEditor(BandContext& context, Report report, QWidget* parent = nullptr);

    void setGig(qint64 gigId);
    SetlistModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* songChooser() const { return m_songs; }
    /// "Total 42:30".
    QString totalText() const;

    /// Writes the setlist as a PDF / CSV file (the buttons ask where, then call these).
    store::Status exportPdf(const QString& file);
    store::Status exportCsv(const QString& file);

public Q_SLOTS:
    void reload();
    void addSong();
    void addBreak();
    void removeSelected();

private:
    void updateButtons();
    void askAndExport(bool pdf);

    BandContext& m_context;
    Report m_report;
    SetlistModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_songs = nullptr;
    QSpinBox* m_breakMinutes = nullptr;
    QPushButton* m_addSong = nullptr;
    QPushButton* m_addBreak = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace oscalis::ui::band
