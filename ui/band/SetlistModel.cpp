#include "ui/band/SetlistModel.h"

#include "store/GigRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/Durations.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMimeData>

#include <algorithm>

namespace oscalis::ui::band {

SetlistModel::SetlistModel(BandContext& context, Report report, QObject* parent)
    : QAbstractTableModel(parent), m_context(context), m_report(std::move(report)) {}

void SetlistModel::setGig(qint64 gigId) {
    m_gigId = gigId;
    reload();
}

void SetlistModel::reload() {
    beginResetModel();
    m_sheet = {};
    m_items.clear();
    m_songNumbers.clear();
    if (m_gigId) {
        auto sheet = store::SetlistSheet::forGig(m_context.db(), m_gigId);
        auto items = store::GigRepository(m_context.db()).items(m_gigId);
        if (sheet.ok() && items.ok() && items->size() == sheet->rows.size()) {
            m_sheet = std::move(sheet).value();
            int song = 0;
            m_items = std::move(items).value();
            for (const store::SetlistItem& item : m_items)
                m_songNumbers.push_back(item.songId ? ++song : 0);
        }
    }
    endResetModel();
}

qint64 SetlistModel::itemId(int row) const {
    return row >= 0 && row < int(m_items.size()) ? m_items[std::size_t(row)].id : 0;
}

int SetlistModel::rowOf(qint64 itemId) const {
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (itemId && m_items[i].id == itemId)
            return int(i);
    return -1;
}

void SetlistModel::setCurrentItem(qint64 itemId) {
    if (itemId == m_currentItem)
        return;
    m_currentItem = itemId;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool SetlistModel::hasPlayed() const {
    return std::any_of(m_items.begin(), m_items.end(),
                       [](const store::SetlistItem& i) { return i.playedSeconds.has_value(); });
}

qint64 SetlistModel::playedTotalS() const {
    qint64 total = 0;
    for (const store::SetlistItem& i : m_items)
        total += i.playedSeconds.value_or(0);
    return total;
}

int SetlistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int SetlistModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SetlistModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& row = m_sheet.rows[std::size_t(index.row())];
    const store::SetlistItem& item = m_items[std::size_t(index.row())];
    const bool current = m_currentItem && item.id == m_currentItem;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            if (row.isBreak)
                return QString();
            return (current ? QStringLiteral("▶ ") : QString()) +
                   QString::number(m_songNumbers[std::size_t(index.row())]);
        case Title:
            if (row.isBreak)
                return tr("Break, %n min", nullptr, int(row.durationS.value_or(0) / 60));
            return row.artist.isEmpty() ? row.title : tr("%1 (%2)").arg(row.title, row.artist);
        case Key:
            return row.musicalKey;
        case Tempo:
            return row.tempoBpm ? QString::number(*row.tempoBpm) : QString();
        case Duration:
            return row.durationS ? formatDuration(*row.durationS)
                                 : (row.isBreak ? QString() : tr("?"));
        case Running:
            return formatDuration(row.runningTotalS);
        case Played:
            if (item.playedSeconds)
                return formatDuration(*item.playedSeconds);
            return row.isBreak || !hasPlayed() ? QString() : tr("not played");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && (row.isBreak || index.column() == Running ||
                                       (index.column() == Played && !item.playedSeconds)))
        return QBrush(QColor(0x9a, 0xa4, 0xae));
    if (role == Qt::ForegroundRole && current)
        return QBrush(QColor(0x5c, 0xd6, 0x8a));
    if (role == Qt::FontRole && (row.isBreak || current)) {
        QFont font;
        font.setItalic(row.isBreak);
        font.setBold(current);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Title)
        return int(Qt::AlignCenter);
    return {};
}

QVariant SetlistModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case Title:
        return tr("Song");
    case Key:
        return tr("Key");
    case Tempo:
        return tr("BPM");
    case Duration:
        return tr("Length");
    case Running:
        return tr("Running");
    case Played:
        return tr("Played");
    default:
        return {};
    }
}

Qt::ItemFlags SetlistModel::flags(const QModelIndex& index) const {
    // Rows are drag sources only; drops land between rows (on the invisible root).
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

bool SetlistModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                            const QModelIndex& destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount())
        return false;
    destinationChild = std::clamp(destinationChild, 0, rowCount());
    if (destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false; // dropped where it already is
    // destinationChild counts rows before the move; positions are 1-based after it.
    const int newPosition = destinationChild > sourceRow ? destinationChild : destinationChild + 1;
    store::GigRepository repo(m_context.db());
    const bool ok = m_report(repo.moveItem(m_context.actor(), itemId(sourceRow), newPosition));
    reload();
    return ok;
}

Qt::DropActions SetlistModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList SetlistModel::mimeTypes() const {
    return {QLatin1String(kMimeType)};
}

QMimeData* SetlistModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QLatin1String(kMimeType), QByteArray::number(indexes.first().row()));
    return data;
}

bool SetlistModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                const QModelIndex& parent) {
    if (!data || action != Qt::MoveAction || !data->hasFormat(QLatin1String(kMimeType)))
        return false;
    bool ok = false;
    const int source = data->data(QLatin1String(kMimeType)).toInt(&ok);
    if (!ok)
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    return moveRows({}, source, 1, {}, row);
}

} // namespace oscalis::ui::band
