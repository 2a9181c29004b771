#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace oscalis::chat {

/// A chat room of a band: a named room ("general" and those members create) or the direct
/// conversation of two members. Plain value; any thread.
struct Room {
    qint64 id = 0;
    qint64 bandId = 0;
    QString kind;                   ///< "room" or "direct"
    QString name;                   ///< empty for direct rooms
    std::vector<qint64> memberIds;  ///< the two people of a direct room; empty for named rooms
    qint64 lastSeq = 0;             ///< seq of the newest message (0: none yet)
    qint64 unread = 0;              ///< for the user who asked: messages after their read mark
};

/// One message. seq numbers the messages of a room 1, 2, 3… with no gaps; a deleted message
/// keeps its seq, loses its text and has deleted = true.
struct Message {
    qint64 id = 0;
    qint64 roomId = 0;
    qint64 seq = 0;
    std::optional<qint64> authorId;
    QString authorName;
    QString text;
    QString at;                     ///< UTC, ISO 8601 with milliseconds
    std::vector<qint64> mentions;   ///< user ids named with @ in the text
    QString clientId;
    bool deleted = false;
};

/// A slice of a room's history, oldest first. complete: nothing further in that direction.
struct Page {
    std::vector<Message> messages;
    bool complete = false;
};

/// What post() did: the stored message, and whether it was already there (same author and clientId).
struct Posted {
    Message message;
    bool duplicate = false;
};

/// Who may read a room now, and the band the room is in: where news of the room goes.
struct Audience {
    qint64 bandId = 0;
    std::vector<qint64> userIds; ///< ascending
};

} // namespace oscalis::chat
