#include "store/ChatRepository.h"

#include "store/SqlValue.h"
#include "store/StoreText.h"

#include <QStringList>

#include <algorithm>

namespace oscalis::store {

using chat::Message;
using chat::Page;
using chat::Posted;
using chat::Room;

namespace {

// The unread count of a viewer: messages after their read mark that someone else wrote and
// nobody deleted. Binds the viewer twice.
const QString kRoomSelect = QStringLiteral(
    "SELECT r.id, r.band_id, r.kind, r.name, r.last_seq, "
    "(SELECT group_concat(cm.user_id) FROM chat_room_members cm WHERE cm.room_id = r.id), "
    "(SELECT count(*) FROM chat_messages m WHERE m.room_id = r.id AND m.deleted_at IS NULL "
    " AND m.author_id IS NOT ? AND m.seq > coalesce((SELECT cr.last_read_seq FROM chat_reads cr "
    "  WHERE cr.room_id = r.id AND cr.user_id = ?), 0)) "
    "FROM chat_rooms r ");

const QString kMessageSelect = QStringLiteral(
    "SELECT m.id, m.room_id, m.seq, m.author_id, coalesce(u.display_name, ''), m.text, m.at, "
    "m.mentions, m.client_id, m.deleted_at IS NOT NULL "
    "FROM chat_messages m LEFT JOIN users u ON u.id = m.author_id ");

// The mentions column holds the user ids separated by commas ("3,7"), empty for none.
QString encodeIds(const std::vector<qint64>& ids) {
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

std::vector<qint64> decodeIds(const QString& text) {
    std::vector<qint64> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.push_back(part.toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

Room roomFrom(const QSqlRecord& r) {
    Room room;
    room.id = r.value(0).toLongLong();
    room.bandId = r.value(1).toLongLong();
    room.kind = r.value(2).toString();
    room.name = r.value(3).toString();
    room.lastSeq = r.value(4).toLongLong();
    room.memberIds = decodeIds(r.value(5).toString());
    room.unread = r.value(6).toLongLong();
    return room;
}

Message messageFrom(const QSqlRecord& r) {
    Message m;
    m.id = r.value(0).toLongLong();
    m.roomId = r.value(1).toLongLong();
    m.seq = r.value(2).toLongLong();
    m.authorId = sql::optId(r.value(3));
    m.authorName = r.value(4).toString();
    m.text = r.value(5).toString();
    m.at = r.value(6).toString();
    m.mentions = decodeIds(r.value(7).toString());
    m.clientId = r.value(8).toString();
    m.deleted = r.value(9).toInt() != 0;
    return m;
}

// A page read with LIMIT limit + 1: the extra message only says that more are left beyond it.
Page pageOf(std::vector<Message> found, int limit) {
    Page page;
    page.complete = static_cast<int>(found.size()) <= limit;
    page.messages = std::move(found);
    if (!page.complete)
        page.messages.pop_back();
    return page;
}

Error roomGone() {
    return Error::notFound(StoreText::tr("This chat room does not exist (any more)."));
}

} // namespace

QString ChatRepository::containsPattern(const QString& query) {
    QString escaped;
    escaped.reserve(query.size() + 2);
    escaped += QLatin1Char('%');
    for (QChar c : query) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

Result<qint64> ChatRepository::ensureGeneral(qint64 bandId) {
    const QString general = QString::fromLatin1(kGeneral);
    const QString find = QStringLiteral("SELECT id FROM chat_rooms WHERE band_id = ? AND kind = "
                                        "'room' AND name = ? COLLATE NOCASE");
    auto id = m_db.scalar(find, {bandId, general});
    if (!id.ok())
        return id.error();
    if (id->isValid())
        return id->toLongLong();
    // OR IGNORE: another connection may have made it since the look-up; its room is as good.
    Status made = m_db.transaction([&]() -> Status {
        auto r = m_db.exec(
            QStringLiteral("INSERT OR IGNORE INTO chat_rooms (band_id, kind, name, created_at) "
                           "VALUES (?, 'room', ?, ?)"),
            {bandId, general, sql::nowUtc()});
        if (!r.ok())
            return r.error();
        return {};
    });
    if (!made.ok())
        return made.error();
    id = m_db.scalar(find, {bandId, general});
    if (!id.ok())
        return id.error();
    if (!id->isValid())
        return Error::storage(StoreText::tr("The chat room “general” could not be made."));
    return id->toLongLong();
}

Result<Room> ChatRepository::createRoom(qint64 bandId, const QString& name, qint64 createdBy) {
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto clash = m_db.scalar(
            QStringLiteral("SELECT name FROM chat_rooms WHERE band_id = ? AND kind = 'room' "
                           "AND name = ? COLLATE NOCASE"),
            {bandId, name});
        if (!clash.ok())
            return clash.error();
        if (clash->isValid())
            return Error::conflict(
                StoreText::tr("The band already has a room called “%1”.").arg(clash->toString()));
        auto inserted = m_db.insert(
            QStringLiteral("INSERT INTO chat_rooms (band_id, kind, name, created_by, created_at) "
                           "VALUES (?, 'room', ?, ?, ?)"),
            {bandId, name, createdBy, sql::nowUtc()});
        if (!inserted.ok())
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done.ok())
        return done.error();
    return findRoom(id, createdBy);
}

Result<Room> ChatRepository::directRoom(qint64 bandId, qint64 opener, qint64 other) {
    const QString key =
        QStringLiteral("%1:%2").arg(std::min(opener, other)).arg(std::max(opener, other));
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto existing = m_db.scalar(
            QStringLiteral("SELECT id FROM chat_rooms WHERE band_id = ? AND direct_key = ?"),
            {bandId, key});
        if (!existing.ok())
            return existing.error();
        if (existing->isValid()) {
            id = existing->toLongLong();
            return {};
        }
        auto inserted = m_db.insert(
            QStringLiteral("INSERT INTO chat_rooms (band_id, kind, name, direct_key, created_by, "
                           "created_at) VALUES (?, 'direct', '', ?, ?, ?)"),
            {bandId, key, opener, sql::nowUtc()});
        if (!inserted.ok())
            return inserted.error();
        id = *inserted;
        for (qint64 user : {opener, other}) {
            auto r = m_db.exec(
                QStringLiteral("INSERT INTO chat_room_members (room_id, user_id) VALUES (?, ?)"),
                {id, user});
            if (!r.ok())
                return r.error();
        }
        return {};
    });
    if (!done.ok())
        return done.error();
    return findRoom(id, opener);
}

Result<Room> ChatRepository::findRoom(qint64 roomId, qint64 viewerId) {
    auto rows =
        m_db.select(kRoomSelect + QStringLiteral("WHERE r.id = ?"), {viewerId, viewerId, roomId});
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return roomGone();
    return roomFrom(rows->front());
}

Result<std::vector<Room>> ChatRepository::roomsFor(qint64 bandId, qint64 userId) {
    auto rows =
        m_db.select(kRoomSelect + QStringLiteral("WHERE r.band_id = ? AND (r.kind = 'room' OR "
                                                 "EXISTS (SELECT 1 FROM chat_room_members cm "
                                                 "WHERE cm.room_id = r.id AND cm.user_id = ?)) "
                                                 "ORDER BY r.kind = 'direct', r.name <> ? COLLATE "
                                                 "NOCASE, r.name COLLATE NOCASE, r.id"),
                    {userId, userId, bandId, userId, QString::fromLatin1(kGeneral)});
    if (!rows.ok())
        return rows.error();
    std::vector<Room> rooms;
    for (const auto& r : *rows)
        rooms.push_back(roomFrom(r));
    return rooms;
}

Result<Posted> ChatRepository::post(qint64 roomId, qint64 authorId, const QString& text,
                                    const QString& clientId, const std::vector<qint64>& mentions) {
    Posted posted;
    Status done = m_db.transaction([&]() -> Status {
        if (!clientId.isEmpty()) {
            auto sent = findByClientId(authorId, clientId);
            if (!sent.ok())
                return sent.error();
            if (*sent) {
                if ((*sent)->roomId != roomId)
                    return Error::conflict(
                        StoreText::tr("This message id was already used for a message in another "
                                      "room; send it with a new id."));
                posted = {**sent, true};
                return {};
            }
        }
        // Inside BEGIN IMMEDIATE no other connection can write between the increment and the
        // insert, so the seq read back is ours alone.
        auto bumped = m_db.exec(
            QStringLiteral("UPDATE chat_rooms SET last_seq = last_seq + 1 WHERE id = ?"), {roomId});
        if (!bumped.ok())
            return bumped.error();
        if (*bumped == 0)
            return roomGone();
        auto seq =
            m_db.scalar(QStringLiteral("SELECT last_seq FROM chat_rooms WHERE id = ?"), {roomId});
        if (!seq.ok())
            return seq.error();
        auto id = m_db.insert(
            QStringLiteral("INSERT INTO chat_messages (room_id, seq, author_id, client_id, text, "
                           "mentions, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {roomId, seq->toLongLong(), authorId, clientId, text, encodeIds(mentions),
             sql::nowUtc()});
        if (!id.ok())
            return id.error();
        auto stored = findMessage(*id);
        if (!stored.ok())
            return stored.error();
        posted = {*stored, false};
        return {};
    });
    if (!done.ok())
        return done.error();
    return posted;
}

Result<std::vector<Message>> ChatRepository::messages(const QString& where,
                                                      const QVariantList& params) {
    auto rows = m_db.select(kMessageSelect + where, params);
    if (!rows.ok())
        return rows.error();
    std::vector<Message> list;
    list.reserve(rows->size());
    for (const auto& r : *rows)
        list.push_back(messageFrom(r));
    return list;
}

Result<Message> ChatRepository::findMessage(qint64 messageId) {
    auto found = messages(QStringLiteral("WHERE m.id = ?"), {messageId});
    if (!found.ok())
        return found.error();
    if (found->empty())
        return Error::notFound(StoreText::tr("This message does not exist (any more)."));
    return found->front();
}

Result<std::optional<Message>> ChatRepository::findByClientId(qint64 authorId,
                                                              const QString& clientId) {
    auto found =
        messages(QStringLiteral("WHERE m.author_id = ? AND m.client_id = ?"), {authorId, clientId});
    if (!found.ok())
        return found.error();
    if (found->empty())
        return std::optional<Message>();
    return std::optional<Message>(found->front());
}

Result<Page> ChatRepository::before(qint64 roomId, std::optional<qint64> beforeSeq, int limit) {
    auto found =
        beforeSeq ? messages(QStringLiteral(
                                 "WHERE m.room_id = ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?"),
                             {roomId, *beforeSeq, limit + 1})
                  : messages(QStringLiteral("WHERE m.room_id = ? ORDER BY m.seq DESC LIMIT ?"),
                             {roomId, limit + 1});
    if (!found.ok())
        return found.error();
    Page page = pageOf(std::move(found).value(), limit);
    std::reverse(page.messages.begin(), page.messages.end());
    return page;
}

Result<Page> ChatRepository::after(qint64 roomId, qint64 afterSeq, int limit) {
    auto found =
        messages(QStringLiteral("WHERE m.room_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?"),
                 {roomId, afterSeq, limit + 1});
    if (!found.ok())
        return found.error();
    return pageOf(std::move(found).value(), limit);
}

Result<std::vector<Message>> ChatRepository::search(qint64 bandId, qint64 userId,
                                                    const QString& query, int limit) {
    return messages(
        QStringLiteral("JOIN chat_rooms r ON r.id = m.room_id "
                       "WHERE r.band_id = ? AND m.deleted_at IS NULL AND m.text LIKE ? ESCAPE '\\' "
                       "AND (r.kind = 'room' OR EXISTS (SELECT 1 FROM chat_room_members cm "
                       "WHERE cm.room_id = r.id AND cm.user_id = ?)) "
                       "ORDER BY m.id DESC LIMIT ?"),
        {bandId, containsPattern(query), userId, limit});
}

Result<Message> ChatRepository::markDeleted(qint64 messageId, qint64 deletedBy) {
    auto r = m_db.exec(
        QStringLiteral("UPDATE chat_messages SET text = '', mentions = '', deleted_at = ?, "
                       "deleted_by = ? WHERE id = ? AND deleted_at IS NULL"),
        {sql::nowUtc(), deletedBy, messageId});
    if (!r.ok())
        return r.error();
    return findMessage(messageId);
}

Status ChatRepository::markRead(qint64 roomId, qint64 userId, qint64 seq) {
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO chat_reads (room_id, user_id, last_read_seq) "
                       "SELECT id, ?, min(max(?, 0), last_seq) FROM chat_rooms WHERE id = ? "
                       "ON CONFLICT (room_id, user_id) "
                       "DO UPDATE SET last_read_seq = max(last_read_seq, excluded.last_read_seq)"),
        {userId, seq, roomId});
    if (!r.ok())
        return r.error();
    if (*r == 0)
        return roomGone();
    return {};
}

} // namespace oscalis::store
