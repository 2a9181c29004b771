#include "chat/ChatService.h"

#include "auth/Action.h"
#include "chat/Mentions.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/BandRepository.h"
#include "store/ChatRepository.h"
#include "store/Validate.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace oscalis::chat {

using auth::Action;
using store::AccessCheck;
using store::ChatRepository;
using store::Error;
using store::Result;
using store::Status;
using store::Validate;

namespace {

constexpr int kTextMax = 4000;
constexpr int kRoomNameMax = 40;
constexpr int kClientIdMax = 64;
constexpr int kQueryMax = 200;
constexpr int kHistoryMax = 100;
constexpr int kSinceMax = 500;
constexpr int kSearchMax = 100;

bool isDirect(const Room& room) {
    return room.kind == QLatin1String("direct");
}

bool isIn(const Room& room, qint64 userId) {
    return std::find(room.memberIds.begin(), room.memberIds.end(), userId) != room.memberIds.end();
}

Status limitBetween(int limit, int max) {
    return Validate::range(limit, 1, max, QStringLiteral("The number of messages"));
}

Status inConversation(const auth::Actor& actor, const Room& room) {
    if (isDirect(room) && !isIn(room, actor.userId))
        return Error::denied(
            QStringLiteral("This conversation is private to the two people in it."));
    return {};
}

// Whether the actor may read the room now: an active member of its band (so a member who left
// loses access), and for a direct room one of its two people.
Status mayRead(store::Database& db, const auth::Actor& actor, const Room& room) {
    if (Status s = AccessCheck::require(db, actor, Action::ReadChat, room.bandId); !s.ok())
        return s;
    return inConversation(actor, room);
}

Result<Room> readableRoom(store::Database& db, const auth::Actor& actor, qint64 roomId) {
    auto room = ChatRepository(db).findRoom(roomId, actor.userId);
    if (!room.ok())
        return room.error();
    if (Status s = mayRead(db, actor, *room); !s.ok())
        return s.error();
    return room;
}

Result<std::vector<store::Membership>> activeMembers(store::Database& db, qint64 bandId) {
    auto all = store::BandRepository(db).members(bandId);
    if (!all.ok())
        return all.error();
    std::vector<store::Membership> active;
    for (const auto& m : *all)
        if (m.status == store::Membership::Status::Active)
            active.push_back(m);
    return active;
}

// A direct room stays readable for the one who is still in the band, but nobody can write to
// someone who left.
Status otherStillInBand(store::Database& db, const auth::Actor& actor, const Room& room) {
    for (qint64 id : room.memberIds) {
        if (id == actor.userId)
            continue;
        auto role = AccessCheck::bandRole(db, id, room.bandId);
        if (!role.ok())
            return role.error();
        if (*role == auth::BandRole::None)
            return Error::denied(QStringLiteral(
                "The other person has left the band, so this conversation is closed."));
    }
    return {};
}

// Deleting someone else's message: band leaders, admins and moderators; a direct conversation
// that the leader is not part of stays out of their reach (only admins and moderators).
Status mayDeleteOthers(store::Database& db, const auth::Actor& actor, const Room& room) {
    if (Status s = AccessCheck::require(db, actor, Action::DeleteAnyChatMessage, room.bandId);
        !s.ok())
        return s;
    if (!isDirect(room) || isIn(room, actor.userId))
        return {};
    auto now = AccessCheck::current(db, actor);
    if (!now.ok())
        return now.error();
    if (now->role == auth::GlobalRole::Member)
        return Error::denied(
            QStringLiteral("Only an administrator or a moderator can delete a message of a "
                           "conversation you are not part of."));
    return {};
}

} // namespace

ChatService::ChatService(store::Database& db) : m_db(db) {}

Result<std::vector<Room>> ChatService::rooms(const auth::Actor& actor, qint64 bandId) {
    if (Status s = AccessCheck::require(m_db, actor, Action::ReadChat, bandId); !s.ok())
        return s.error();
    ChatRepository repo(m_db);
    if (auto general = repo.ensureGeneral(bandId); !general.ok())
        return general.error();
    return repo.roomsFor(bandId, actor.userId);
}

Result<Room> ChatService::createRoom(const auth::Actor& actor, qint64 bandId, const QString& name) {
    const QString trimmed = name.trimmed();
    if (Status s = Validate::text(trimmed, QStringLiteral("The room name"), kRoomNameMax, true);
        !s.ok())
        return s.error();
    static const QRegularExpression control(QStringLiteral("\\p{Cc}"));
    if (trimmed.contains(control))
        return Error::invalid(QStringLiteral("The room name cannot contain line breaks or tabs."));
    Room room;
    Status done = m_db.transaction([&]() -> Status {
        if (Status s = AccessCheck::require(m_db, actor, Action::CreateChatRoom, bandId); !s.ok())
            return s;
        auto made = ChatRepository(m_db).createRoom(bandId, trimmed, actor.userId);
        if (!made.ok())
            return made.error();
        room = *made;
        return store::AuditRepository::append(m_db, actor, bandId, QStringLiteral("chat.room_add"),
                                              QStringLiteral("chatroom:%1").arg(room.id), {},
                                              {{QStringLiteral("name"), room.name}});
    });
    if (!done.ok())
        return done.error();
    return room;
}

Result<Room> ChatService::directRoom(const auth::Actor& actor, qint64 bandId, qint64 otherUserId) {
    if (otherUserId == actor.userId)
        return Error::invalid(QStringLiteral("You cannot open a conversation with yourself."));
    Room room;
    Status done = m_db.transaction([&]() -> Status {
        if (Status s = AccessCheck::require(m_db, actor, Action::ReadChat, bandId); !s.ok())
            return s;
        auto role = AccessCheck::bandRole(m_db, otherUserId, bandId);
        if (!role.ok())
            return role.error();
        if (*role == auth::BandRole::None)
            return Error::invalid(QStringLiteral("This person is not a member of the band."));
        auto found = ChatRepository(m_db).directRoom(bandId, actor.userId, otherUserId);
        if (!found.ok())
            return found.error();
        room = *found;
        return {};
    });
    if (!done.ok())
        return done.error();
    return room;
}

Result<Posted> ChatService::post(const auth::Actor& actor, qint64 roomId, const QString& text,
                                 const QString& clientId) {
    const QString trimmed = text.trimmed();
    if (Status s = Validate::text(trimmed, QStringLiteral("The message"), kTextMax, true); !s.ok())
        return s.error();
    if (Status s = Validate::text(clientId, QStringLiteral("The message id"), kClientIdMax, false);
        !s.ok())
        return s.error();
    Posted posted;
    Status done = m_db.transaction([&]() -> Status {
        auto room = ChatRepository(m_db).findRoom(roomId, actor.userId);
        if (!room.ok())
            return room.error();
        if (Status s = AccessCheck::require(m_db, actor, Action::PostChat, room->bandId); !s.ok())
            return s;
        if (Status s = inConversation(actor, *room); !s.ok())
            return s;
        if (isDirect(*room))
            if (Status s = otherStillInBand(m_db, actor, *room); !s.ok())
                return s;
        std::vector<qint64> mentions;
        if (!Mentions::tokens(trimmed).isEmpty()) {
            auto members = activeMembers(m_db, room->bandId);
            if (!members.ok())
                return members.error();
            mentions = Mentions::resolve(trimmed, *members);
        }
        auto stored = ChatRepository(m_db).post(roomId, actor.userId, trimmed, clientId, mentions);
        if (!stored.ok())
            return stored.error();
        posted = *stored;
        return {};
    });
    if (!done.ok())
        return done.error();
    return posted;
}

Result<Page> ChatService::history(const auth::Actor& actor, qint64 roomId,
                                  std::optional<qint64> beforeSeq, int limit) {
    if (Status s = limitBetween(limit, kHistoryMax); !s.ok())
        return s.error();
    if (auto room = readableRoom(m_db, actor, roomId); !room.ok())
        return room.error();
    return ChatRepository(m_db).before(roomId, beforeSeq, limit);
}

Result<Page> ChatService::since(const auth::Actor& actor, qint64 roomId, qint64 afterSeq,
                                int limit) {
    if (Status s = limitBetween(limit, kSinceMax); !s.ok())
        return s.error();
    if (auto room = readableRoom(m_db, actor, roomId); !room.ok())
        return room.error();
    return ChatRepository(m_db).after(roomId, afterSeq, limit);
}

Result<std::vector<Message>> ChatService::search(const auth::Actor& actor, qint64 bandId,
                                                 const QString& query, int limit) {
    const QString trimmed = query.trimmed();
    if (Status s = Validate::text(trimmed, QStringLiteral("The search"), kQueryMax, true); !s.ok())
        return s.error();
    if (Status s = limitBetween(limit, kSearchMax); !s.ok())
        return s.error();
    if (Status s = AccessCheck::require(m_db, actor, Action::ReadChat, bandId); !s.ok())
        return s.error();
    return ChatRepository(m_db).search(bandId, actor.userId, trimmed, limit);
}

Result<Message> ChatService::remove(const auth::Actor& actor, qint64 messageId) {
    Message result;
    Status done = m_db.transaction([&]() -> Status {
        ChatRepository repo(m_db);
        auto message = repo.findMessage(messageId);
        if (!message.ok())
            return message.error();
        auto room = repo.findRoom(message->roomId, actor.userId);
        if (!room.ok())
            return room.error();
        const bool own = message->authorId && *message->authorId == actor.userId;
        if (Status s = own ? mayRead(m_db, actor, *room) : mayDeleteOthers(m_db, actor, *room);
            !s.ok())
            return s;
        if (message->deleted) {
            result = *message;
            return {};
        }
        auto deleted = repo.markDeleted(messageId, actor.userId);
        if (!deleted.ok())
            return deleted.error();
        result = *deleted;
        if (own)
            return {};
        // The log is read by the band's leaders: a private conversation's text stays out of it.
        QJsonObject before{{QStringLiteral("room_id"), room->id},
                           {QStringLiteral("seq"), message->seq},
                           {QStringLiteral("author_id"),
                            message->authorId ? QJsonValue(*message->authorId) : QJsonValue()}};
        if (!isDirect(*room))
            before.insert(QStringLiteral("text"), message->text);
        return store::AuditRepository::append(m_db, actor, room->bandId,
                                              QStringLiteral("chat.delete"),
                                              QStringLiteral("message:%1").arg(messageId), before,
                                              {{QStringLiteral("deleted"), true}});
    });
    if (!done.ok())
        return done.error();
    return result;
}

Status ChatService::markRead(const auth::Actor& actor, qint64 roomId, qint64 seq) {
    if (auto room = readableRoom(m_db, actor, roomId); !room.ok())
        return room.error();
    return ChatRepository(m_db).markRead(roomId, actor.userId, seq);
}

Result<Room> ChatService::room(const auth::Actor& actor, qint64 roomId) {
    return readableRoom(m_db, actor, roomId);
}

Result<Audience> ChatService::audience(qint64 roomId) {
    auto room = ChatRepository(m_db).findRoom(roomId, 0);
    if (!room.ok())
        return room.error();
    auto members = activeMembers(m_db, room->bandId);
    if (!members.ok())
        return members.error();
    Audience audience{room->bandId, {}};
    for (const auto& m : *members)
        if (!isDirect(*room) || isIn(*room, m.userId))
            audience.userIds.push_back(m.userId);
    std::sort(audience.userIds.begin(), audience.userIds.end());
    return audience;
}

} // namespace oscalis::chat
