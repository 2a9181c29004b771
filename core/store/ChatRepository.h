#pragma once

#include "chat/ChatTypes.h"
#include "store/Database.h"

#include <optional>
#include <vector>

namespace oscalis::store {

/// All the SQL of the band's chat: named rooms, direct rooms and their two members, numbered
/// messages, read marks and search. It stores and reads; who may do what is decided by
/// chat::ChatService, which calls it inside its own transaction so that its checks and these
/// writes are saved together. The rows are chat's plain value types (chat/ChatTypes.h, header
/// only), so they exist once.
///
/// A message's seq is its room's last_seq + 1, counted in the same transaction as the insert:
/// no gaps and no duplicates, across restarts and between connections. A deleted message keeps
/// its row and its seq; its text and mentions are emptied.
/// Owner: whoever owns the Database (chat::ChatService); same thread as it.
class ChatRepository {
public:
    /// The room every band has (made by ensureGeneral).
    static constexpr const char* kGeneral = "general";

    explicit ChatRepository(Database& db) : m_db(db) {}

    /// The id of the band's "general" room, made if missing (safe when two connections race).
    Result<qint64> ensureGeneral(qint64 bandId);
    /// A new named room; Error::Conflict when the band has one of that name (any case).
    Result<chat::Room> createRoom(qint64 bandId, const QString& name, qint64 createdBy);
    /// The direct room of two people in the band; made with both as members if missing.
    /// The same room whichever of the two asks (direct_key "<smaller id>:<larger id>").
    Result<chat::Room> directRoom(qint64 bandId, qint64 opener, qint64 other);
    /// One room with viewerId's unread count; Error::NotFound when it does not exist.
    Result<chat::Room> findRoom(qint64 roomId, qint64 viewerId);
    /// One room without an unread count (unread 0): what sending and fan-out need, without
    /// counting the room's messages. Error::NotFound when it does not exist.
    Result<chat::Room> roomInfo(qint64 roomId);
    /// Who may read the room now, ascending: the band's active members for a named room, those
    /// of them who are its two people for a direct room. Empty when the room does not exist.
    Result<std::vector<qint64>> readers(qint64 roomId);
    /// The band's named rooms ("general" first, then by name), then the direct rooms that
    /// userId is in, each with userId's unread count.
    Result<std::vector<chat::Room>> roomsFor(qint64 bandId, qint64 userId);

    /// Stores a message with the room's next seq. When authorId already stored a message with
    /// this clientId (not empty), stores nothing and returns that one with duplicate = true
    /// (Error::Conflict if it was in another room).
    Result<chat::Posted> post(qint64 roomId, qint64 authorId, const QString& text,
                              const QString& clientId, const std::vector<qint64>& mentions);
    /// One message, deleted or not; Error::NotFound when it does not exist.
    Result<chat::Message> findMessage(qint64 messageId);
    /// The message authorId sent with clientId, if any.
    Result<std::optional<chat::Message>> findByClientId(qint64 authorId, const QString& clientId);
    /// Up to limit messages with seq < beforeSeq (the newest when nullopt), oldest first;
    /// complete when there is nothing older.
    Result<chat::Page> before(qint64 roomId, std::optional<qint64> beforeSeq, int limit);
    /// Up to limit messages with seq > afterSeq, oldest first; complete when there is nothing
    /// newer.
    Result<chat::Page> after(qint64 roomId, qint64 afterSeq, int limit);
    /// Messages that are not deleted and contain query (ASCII letters in any case; % and _ are
    /// literal), in the band's named rooms and the direct rooms userId is in; newest first.
    Result<std::vector<chat::Message>> search(qint64 bandId, qint64 userId, const QString& query,
                                              int limit);
    /// Empties the text and mentions and records who deleted it and when; the row and its seq
    /// stay. A message deleted already is returned as it is.
    Result<chat::Message> markDeleted(qint64 messageId, qint64 deletedBy);
    /// Moves userId's read mark of the room forward to seq: never backwards, never past the
    /// room's newest message.
    Status markRead(qint64 roomId, qint64 userId, qint64 seq);

    /// query as a LIKE pattern (with ESCAPE '\') that matches it anywhere, literally.
    static QString containsPattern(const QString& query);

private:
    Result<std::vector<chat::Message>> messages(const QString& where, const QVariantList& params);

    Database& m_db;
};

} // namespace oscalis::store
