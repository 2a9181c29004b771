#pragma once

#include "store/Rehearsal.h"
#include "ui/band/BandPage.h"

#include <optional>

class QKeyEvent;
class QTableWidget;

namespace oscalis::ui::band {

class SongRehearsalPanel;

/// The rehearsal grid: the band's songs (rows) against its active members (columns), each cell the
/// member's mastery from 0 (red) through amber to 10 (green), and each song's average. A
/// double-click on a cell offers 0..10: one's own cell always, others' when the permission table
/// lets the signed-in member rate others (leaders). From the keyboard: the arrows move between
/// cells, a digit sets the level (0–9), + and − step it (up to 10), Enter goes to the next song.
/// Beside the grid, the selected song's mastery history, written notes and voice notes.
/// GUI thread; owned by MainWindow's page stack.
class RehearsalsPage : public BandPage {
    Q_OBJECT
public:
    RehearsalsPage(BandContext& context, QWidget* parent = nullptr);

    QTableWidget* grid() const { return m_grid; }
    SongRehearsalPanel* panel() const { return m_panel; }
    /// The grid's table column of userId's levels, or -1.
    int memberColumn(qint64 userId) const;
    /// The grid's row of songId, or -1.
    int songRow(qint64 songId) const;
    /// Whether the signed-in member may change the level in this cell.
    bool mayRate(int row, int column) const;

    /// The colour of a level: red at 0, amber at 5, green at 10.
    static QColor levelColour(int level);

public Q_SLOTS:
    void reload() override;
    /// Saves userId's level for songId (as the signed-in member) and shows the result.
    bool setLevel(qint64 songId, qint64 userId, int level);
    /// Opens the small 0..10 menu over the cell (double-click does this).
    void chooseLevel(int row, int column);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The level a key asks for in the current cell (digits, + and −), or nullopt.
    std::optional<int> levelForKey(const QKeyEvent& key) const;
    qint64 selectedSong() const;
    void showSelected();

    QTableWidget* m_grid = nullptr;
    SongRehearsalPanel* m_panel = nullptr;
    store::MasteryGrid m_data;
};

} // namespace oscalis::ui::band
