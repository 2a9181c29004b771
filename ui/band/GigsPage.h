#pragma once

#include "store/Gig.h"
#include "ui/band/BandPage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace oscalis::ui::band {

class SetlistEditor;
class StageBar;

/// The band's gigs by date (name, date, venue, status) with new / edit / delete, and the setlist
/// of the selected gig beside them, with the stage bar above it (Go, Next song, Live) when
/// Oscalis has a way to REAPER. GUI thread; owned by MainWindow's page stack.
class GigsPage : public BandPage {
    Q_OBJECT
public:
    GigsPage(BandContext& context, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    SetlistEditor* setlist() const { return m_setlist; }
    /// Null without a way to REAPER (BandContext::stage()).
    StageBar* stageBar() const { return m_stageBar; }
    /// Selects the gig with this id; false if it is not listed.
    bool selectGig(qint64 gigId);

public Q_SLOTS:
    void reload() override;
    void newGig();
    void editGig();
    void deleteGig();

private:
    qint64 selectedId() const;
    void showSelected();
    store::Status saveGig(const store::Gig& gig);

    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_setlistTitle = nullptr;
    SetlistEditor* m_setlist = nullptr;
    StageBar* m_stageBar = nullptr;
    qint64 m_shown = -1;
};

} // namespace oscalis::ui::band
