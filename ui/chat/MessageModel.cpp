#include "ui/chat/MessageModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace oscalis::ui {

namespace {
/// Messages closer than this by the same person share one name line.
constexpr qint64 kGroupSecs = 5 * 60;

QDateTime localTime(const QString& utc) {
    return QDateTime::fromString(utc, Qt::ISODateWithMs).toLocalTime();
}
} // namespace

MessageModel::MessageModel(QObject* parent) : QAbstractListModel(parent) {}

int MessageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_messages.size());
}

bool MessageModel::startsGroup(std::size_t i) const {
    if (i == 0)
        return true;
    const chat::Message& m = m_messages[i];
    const chat::Message& before = m_messages[i - 1];
    if (m.deleted || before.deleted || m.authorId != before.authorId)
        return true;
    return localTime(before.at).secsTo(localTime(m.at)) > kGroupSecs;
}

QVariant MessageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::size_t i = std::size_t(index.row());
    const chat::Message& m = m_messages[i];
    switch (role) {
    case Qt::DisplayRole:
        return m.deleted ? QString() : m.text;
    case MessageIdRole:
        return m.id;
    case SeqRole:
        return m.seq;
    case AuthorIdRole:
        return m.authorId.value_or(0);
    case AuthorRole:
        return m.authorName.isEmpty() ? tr("someone who left") : m.authorName;
    case TimeRole: {
        const QDateTime t = localTime(m.at);
        const QLocale locale;
        return t.date() == QDate::currentDate() ? locale.toString(t.time(), QLocale::ShortFormat)
                                                : locale.toString(t, QLocale::ShortFormat);
    }
    case DeletedRole:
        return m.deleted;
    case MineRole:
        return m_viewer != 0 && m.authorId == m_viewer;
    case MentionsMeRole:
        return !m.deleted &&
               std::find(m.mentions.begin(), m.mentions.end(), m_viewer) != m.mentions.end();
    case HeaderRole:
        return startsGroup(i);
    case DeletableRole:
        return !m.deleted && m_viewer != 0 && (m_canDeleteAny || m.authorId == m_viewer);
    case Qt::ToolTipRole:
        return QLocale().toString(localTime(m.at), QLocale::LongFormat);
    default:
        return {};
    }
}

void MessageModel::reset(qint64 roomId, const chat::Page& page) {
    beginResetModel();
    m_roomId = roomId;
    m_messages = page.messages;
    m_complete = page.complete;
    endResetModel();
}

void MessageModel::clear() {
    reset(0, chat::Page{{}, true});
}

int MessageModel::prepend(const chat::Page& page) {
    std::vector<chat::Message> older;
    for (const chat::Message& m : page.messages)
        if (m_messages.empty() || m.seq < firstSeq())
            older.push_back(m);
    m_complete = page.complete;
    if (older.empty())
        return 0;
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_messages.insert(m_messages.begin(), older.begin(), older.end());
    endInsertRows();
    if (m_messages.size() > older.size()) // the old first row may now share a name line
        Q_EMIT dataChanged(index(int(older.size())), index(int(older.size())));
    return int(older.size());
}

bool MessageModel::add(const chat::Message& message) {
    if (message.roomId != m_roomId || m_roomId == 0)
        return false;
    if (const int row = rowOfSeq(message.seq); row >= 0) {
        m_messages[std::size_t(row)] = message;
        Q_EMIT dataChanged(index(row), index(row));
        return true;
    }
    if (!m_messages.empty() && message.seq != lastSeq() + 1)
        return message.seq < firstSeq(); // older than what is loaded: it comes with its page
    if (m_messages.empty() && message.seq != 1 && !m_complete)
        return false;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_messages.push_back(message);
    endInsertRows();
    return true;
}

void MessageModel::markDeleted(qint64 messageId) {
    for (std::size_t i = 0; i < m_messages.size(); ++i) {
        if (m_messages[i].id != messageId)
            continue;
        m_messages[i].deleted = true;
        m_messages[i].text.clear();
        m_messages[i].mentions.clear();
        const int last = int(std::min(i + 1, m_messages.size() - 1));
        Q_EMIT dataChanged(index(int(i)), index(last)); // the next one may need its name again
        return;
    }
}

int MessageModel::rowOfSeq(qint64 seq) const {
    auto it = std::lower_bound(m_messages.begin(), m_messages.end(), seq,
                               [](const chat::Message& m, qint64 s) { return m.seq < s; });
    return it != m_messages.end() && it->seq == seq ? int(it - m_messages.begin()) : -1;
}

} // namespace oscalis::ui
