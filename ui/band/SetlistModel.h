#pragma once

#include "store/Gig.h"
#include "store/Result.h"
#include "store/SetlistSheet.h"

#include <QAbstractTableModel>

#include <functional>

namespace oscalis::ui::band {

class BandContext;

/// One gig's setlist as a table (number, title, key, tempo, duration, running total, and once
/// played in live mode how long each song lasted) that the view can reorder by drag and drop.
/// The song REAPER was last sent to (Go / Next song) is marked. Every move goes through
/// GigRepository::moveItem and the rows are then read back, so the database is the only truth: a
/// refused move leaves the list as it was. Drag and drop: mimeData() carries the dragged row,
/// dropMimeData() calls moveRows(); removeRows() stays unimplemented so the view's "remove the
/// source after a move" does nothing. GUI thread; owned by SetlistEditor.
class SetlistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Title, Key, Tempo, Duration, Running, Played, ColumnCount };
    static constexpr const char* kMimeType = "application/x-oscalis-setlist-row";
    /// Called with the outcome of every change (the page shows errors and refreshes the others).
    using Report = std::function<bool(const store::Status&)>;

    SetlistModel(BandContext& context, Report report, QObject* parent = nullptr);

    /// Shows gigId's setlist (0: none).
    void setGig(qint64 gigId);
    qint64 gigId() const { return m_gigId; }
    /// Reads the setlist again.
    void reload();
    const store::SetlistSheet& sheet() const { return m_sheet; }
    /// The setlist item id of row (for remove).
    qint64 itemId(int row) const;
    /// The row showing itemId, or -1.
    int rowOf(qint64 itemId) const;
    /// The setlist lines as read (song ids, played times).
    const std::vector<store::SetlistItem>& items() const { return m_items; }
    /// Marks the line REAPER was last sent to (0: none).
    void setCurrentItem(qint64 itemId);
    qint64 currentItem() const { return m_currentItem; }
    /// Whether the gig was played in live mode (some line has a played time).
    bool hasPlayed() const;
    /// The played times added up, in seconds.
    qint64 playedTotalS() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Moves one row (count must be 1) before destinationChild, through GigRepository::moveItem.
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    BandContext& m_context;
    Report m_report;
    qint64 m_gigId = 0;
    store::SetlistSheet m_sheet;
    std::vector<store::SetlistItem> m_items;
    std::vector<int> m_songNumbers; ///< 1..k for songs, 0 for breaks
    qint64 m_currentItem = 0;
};

} // namespace oscalis::ui::band
