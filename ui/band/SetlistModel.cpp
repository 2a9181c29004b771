#include "ui/band/SetlistModel.h"

#include "store/GigRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/Durations.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMimeData>

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
    m_itemIds.clear();
    m_songNumbers.clear();
    if (m_gigId) {
        auto sheet = store::SetlistSheet::forGig(m_context.db(), m_gigId);
        auto items = store::GigRepository(m_context.db()).items(m_gigId);
        if (sheet.ok() && items.ok() && items->size() == sheet->rows.size()) {
            m_sheet = std::move(sheet).value();
            int song = 0;
            for (const store::SetlistItem& item : items.value()) {
                m_itemIds.push_back(item.id);
                m_songNumbers.push_back(item.songId ? ++song : 0);
            }
        }
    }
    endResetModel();
}

qint64 SetlistModel::itemId(int row) const {
    return row >= 0 && row < int(m_itemIds.size()) ? m_itemIds[std::size_t(row)] : 0;
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
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return row.isBreak ? QString()
                               : QString::number(m_songNumbers[std::size_t(index.row())]);
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
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && (row.isBreak || index.column() == Running))
        return QBrush(QColor(0x9a, 0xa4, 0xae));
    if (role == Qt::FontRole && row.isBreak) {
        QFont italic;
        italic.setItalic(true);
        return italic;
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
