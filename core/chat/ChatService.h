#pragma once

#include "auth/Actor.h"
#include "chat/ChatTypes.h"
#include "store/Database.h"
#include "store/Result.h"

#include <optional>
#include <vector>

namespace oscalis::chat {

/// The band's chat: rooms, direct messages, numbered history, read marks, @mentions, deletion.
/// The single source of truth for messages is the database; this class adds the chat rules
/// (who may read or write a room, mention parsing, limits) on top of store::ChatRepository.
/// Who may read a room: the band's active members for a named room, the two people of a direct
/// room (while they are in the band). Every refusal is a store::Error with a sentence a user can
/// read (Denied, InvalidInput, NotFound, Conflict); nothing throws.
///
/// Owner: one instance per thread that serves chat (the web worker thread; the GUI thread for the
/// desktop chat panel), each with that thread's own store::Database. Not thread-safe.
class ChatService {
public:
    explicit ChatService(store::Database& db);

    /// The rooms of the band the actor can see (named rooms, and direct rooms they are in), with
    /// their unread counts. Creates "general" the first time a band's rooms are asked for.
    store::Result<std::vector<Room>> rooms(const auth::Actor& actor, qint64 bandId);
    /// A new named room (1–40 characters, unique in the band, case-insensitive).
    store::Result<Room> createRoom(const auth::Actor& actor, qint64 bandId, const QString& name);
    /// The direct room of the actor and another active member of the band (made on first use).
    store::Result<Room> directRoom(const auth::Actor& actor, qint64 bandId, qint64 otherUserId);
    /// Stores a message (1–4000 characters after trimming) with the next seq of the room.
    /// Sending the same clientId again returns the stored message with duplicate = true.
    /// clientId: at most 64 characters; empty means no resend protection. @words naming active
    /// members (user name, nickname or display name without spaces; any case) become mentions.
    /// Refused in a direct room whose other person has left the band.
    store::Result<Posted> post(const auth::Actor& actor, qint64 roomId, const QString& text, const QString& clientId);
    /// Up to limit (1–100) messages before beforeSeq (the newest when nullopt), oldest first.
    store::Result<Page> history(const auth::Actor& actor, qint64 roomId, std::optional<qint64> beforeSeq, int limit);
    /// Up to limit (1–500) messages after afterSeq, oldest first: what a reconnecting client missed.
    store::Result<Page> since(const auth::Actor& actor, qint64 roomId, qint64 afterSeq, int limit);
    /// Messages containing query (1–200 characters; any case for A–Z, % and _ taken literally) in
    /// the rooms of the band the actor can see, newest first, at most limit (1–100). Deleted
    /// messages are not found.
    store::Result<std::vector<Message>> search(const auth::Actor& actor, qint64 bandId, const QString& query, int limit);
    /// Deletes one's own message, or someone else's for a moderator, an admin or a leader of the
    /// band (not in a direct room the leader is not part of); that is audited as "chat.delete".
    /// The message keeps its seq and loses its text. Deleting it again changes nothing.
    store::Result<Message> remove(const auth::Actor& actor, qint64 messageId);
    /// Moves the actor's read mark of the room forward to seq (never backwards, never past the
    /// newest message).
    store::Status markRead(const auth::Actor& actor, qint64 roomId, qint64 seq);
    /// The room with the actor's unread count.
    store::Result<Room> room(const auth::Actor& actor, qint64 roomId);
    /// Everyone who may read the room now (the two people of a direct room, or the band's active
    /// members), with the room's band.
    store::Result<Audience> audience(qint64 roomId);

private:
    store::Database& m_db;
};

} // namespace oscalis::chat
