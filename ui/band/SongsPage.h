#pragma once

#include "store/Song.h"
#include "ui/band/BandPage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace oscalis::ui::band {

class SuggestionsPanel;

/// The band's repertoire: a search box (SongRepository::search, 50 songs a page), add, edit and
/// delete songs, import a song list from a spreadsheet (CSV, with a preview first), and beside
/// them the suggestions the band votes on. GUI thread; owned by MainWindow's page stack.
class SongsPage : public BandPage {
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    SongsPage(BandContext& context, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QTableWidget* table() const { return m_table; }
    SuggestionsPanel* suggestions() const { return m_suggestions; }
    /// "Songs 1–50 of 120".
    QString pageText() const;

public Q_SLOTS:
    void reload() override;
    void addSong();
    void editSong();
    void deleteSong();
    /// Asks for a CSV file, then previews it (importFile).
    void importCsv();
    /// Reads file and opens the preview of what it will import; false (and the error line says
    /// why) when the file cannot be used at all.
    bool importFile(const QString& file);
    void nextPage();
    void previousPage();

private:
    qint64 selectedId() const;
    void updateButtons();
    store::Status saveSong(const store::Song& song);

    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_pageLabel = nullptr;
    SuggestionsPanel* m_suggestions = nullptr;
    int m_offset = 0;
    int m_total = 0;
};

} // namespace oscalis::ui::band
