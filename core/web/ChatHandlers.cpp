#include "web/ChatHandlers.h"

#include "web/ChatJson.h"
#include "web/WorkerServices.h"

namespace oscalis::web {

namespace {

constexpr int kDefaultPage = 50;
constexpr int kSyncPage = 500;
constexpr int kMaxSyncRooms = 200;

HubOutcome failed(const store::Error& e) {
    using Kind = store::Error::Kind;
    switch (e.kind) {
    case Kind::InvalidInput:
    case Kind::NotFound:
    case Kind::Conflict:
        return HubOutcome::error(QStringLiteral("invalid_field"), e.message);
    case Kind::Denied:
        return HubOutcome::error(QStringLiteral("forbidden"), e.message);
    default:
        return HubOutcome::error(QStringLiteral("server_error"), e.message);
    }
}

HubOutcome badField(const QString& message) {
    return HubOutcome::error(QStringLiteral("invalid_field"), message);
}

/// A positive whole number field, or 0.
qint64 idField(const QJsonObject& m, const char* name) {
    const QJsonValue v = m.value(QLatin1String(name));
    const double d = v.toDouble(-1);
    return v.isDouble() && d >= 1 && d == double(qint64(d)) ? qint64(d) : 0;
}

int limitField(const QJsonObject& m, int fallback) {
    const QJsonValue v = m.value(QStringLiteral("limit"));
    return v.isDouble() ? v.toInt() : fallback;
}

QJsonObject page(const QJsonValue& roomId, const chat::Page& p) {
    return {{QStringLiteral("type"), QStringLiteral("chat.page")},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("messages"), ChatJson::messages(p.messages)},
            {QStringLiteral("complete"), p.complete}};
}

QJsonObject roomMessage(const chat::Room& room) {
    return {{QStringLiteral("type"), QStringLiteral("chat.room")},
            {QStringLiteral("room"), ChatJson::room(room)}};
}

/// One chat.room per person of the room other than the sender, each with their own unread count.
void roomToEach(WorkerServices& s, HubOutcome& out, const HubIdentity& who, const chat::Room& room,
                const std::vector<qint64>& audience) {
    for (qint64 userId : audience) {
        if (userId == who.actor.userId)
            continue;
        auto theirs = s.chat().room(auth::Actor{userId, auth::GlobalRole::Member}, room.id);
        if (theirs.ok())
            out.deliveries.push_back({roomMessage(*theirs), {userId}, room.bandId});
    }
}

} // namespace

HubOutcome ChatHandlers::send(WorkerServices& s, const HubIdentity& who, const QJsonObject& m) {
    const qint64 roomId = idField(m, "roomId");
    if (!roomId)
        return badField(tr("“roomId” must name a chat room."));
    if (!m.value(QStringLiteral("text")).isString())
        return badField(tr("“text” must be the message's text."));
    const QString clientId = m.value(QStringLiteral("clientId")).toString();
    auto posted =
        s.chat().post(who.actor, roomId, m.value(QStringLiteral("text")).toString(), clientId);
    if (!posted.ok())
        return failed(posted.error());
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("chat.message")},
                              {QStringLiteral("message"), ChatJson::message(posted->message)}};
    HubOutcome out;
    out.replies.push_back(message);
    if (posted->duplicate)
        return out; // everyone had it the first time
    auto audience = s.chat().audience(roomId);
    if (!audience.ok())
        return out;
    // No per-reader chat.room here: each client counts unread messages itself from chat.message
    // (docs/API.md), which spares one query per member for every message sent.
    out.deliveries.push_back({message, audience->userIds, audience->bandId});
    return out;
}

HubOutcome ChatHandlers::history(WorkerServices& s, const HubIdentity& who, const QJsonObject& m) {
    const qint64 roomId = idField(m, "roomId");
    if (!roomId)
        return badField(tr("“roomId” must name a chat room."));
    std::optional<qint64> before;
    if (!m.value(QStringLiteral("beforeSeq")).isNull() &&
        !m.value(QStringLiteral("beforeSeq")).isUndefined()) {
        before = idField(m, "beforeSeq");
        if (!*before)
            return badField(tr("“beforeSeq” must be a message number or null."));
    }
    auto p = s.chat().history(who.actor, roomId, before, limitField(m, kDefaultPage));
    if (!p.ok())
        return failed(p.error());
    HubOutcome out;
    out.replies.push_back(page(roomId, *p));
    return out;
}

HubOutcome ChatHandlers::sync(WorkerServices& s, const HubIdentity& who, const QJsonObject& m) {
    const QJsonObject since = m.value(QStringLiteral("since")).toObject();
    if (since.size() > kMaxSyncRooms)
        return badField(tr("“since” names too many rooms."));
    HubOutcome out;
    for (auto it = since.begin(); it != since.end(); ++it) {
        bool ok = false;
        const qint64 roomId = it.key().toLongLong(&ok);
        if (!ok || roomId < 1 || !it.value().isDouble())
            return badField(tr("“since” must map room numbers to the last message number seen."));
        auto p = s.chat().since(who.actor, roomId, qint64(it.value().toDouble()), kSyncPage);
        if (!p.ok())
            return failed(p.error());
        out.replies.push_back(page(roomId, *p));
    }
    return out;
}

HubOutcome ChatHandlers::search(WorkerServices& s, const HubIdentity& who, const QJsonObject& m) {
    const QString query = m.value(QStringLiteral("query")).toString();
    if (query.trimmed().isEmpty())
        return badField(tr("“query” must be the text to look for."));
    auto found = s.chat().search(who.actor, who.bandId, query, limitField(m, kDefaultPage));
    if (!found.ok())
        return failed(found.error());
    HubOutcome out;
    out.replies.push_back(page(QJsonValue(), chat::Page{*found, true}));
    return out;
}

HubOutcome ChatHandlers::read(WorkerServices& s, const HubIdentity& who, const QJsonObject& m) {
    const qint64 roomId = idField(m, "roomId");
    const qint64 seq = idField(m, "seq");
    if (!roomId || !seq)
        return badField(tr("“roomId” and “seq” must name a room and a message number."));
    if (store::Status st = s.chat().markRead(who.actor, roomId, seq); !st.ok())
        return failed(st.error());
    auto room = s.chat().room(who.actor, roomId);
    if (!room.ok())
        return failed(room.error());
    const QJsonObject message = roomMessage(*room);
    HubOutcome out;
    out.replies.push_back(message);
    out.deliveries.push_back({message, {who.actor.userId}, room->bandId}); // the other tabs
    return out;
}

HubOutcome ChatHandlers::remove(WorkerServices& s, const HubIdentity& who, const QJsonObject& m) {
    const qint64 messageId = idField(m, "messageId");
    if (!messageId)
        return badField(tr("“messageId” must name a message."));
    auto removed = s.chat().remove(who.actor, messageId);
    if (!removed.ok())
        return failed(removed.error());
    const QJsonObject deleted{{QStringLiteral("type"), QStringLiteral("chat.deleted")},
                              {QStringLiteral("roomId"), removed->roomId},
                              {QStringLiteral("messageId"), removed->id},
                              {QStringLiteral("seq"), removed->seq}};
    HubOutcome out;
    out.replies.push_back(deleted);
    if (auto audience = s.chat().audience(removed->roomId); audience.ok())
        out.deliveries.push_back({deleted, audience->userIds, audience->bandId});
    return out;
}

HubOutcome ChatHandlers::createRoom(WorkerServices& s, const HubIdentity& who,
                                    const QJsonObject& m) {
    if (!m.value(QStringLiteral("name")).isString())
        return badField(tr("“name” must be the room's name."));
    auto room =
        s.chat().createRoom(who.actor, who.bandId, m.value(QStringLiteral("name")).toString());
    if (!room.ok())
        return failed(room.error());
    HubOutcome out;
    out.replies.push_back(roomMessage(*room));
    if (auto audience = s.chat().audience(room->id); audience.ok())
        roomToEach(s, out, who, *room, audience->userIds);
    return out;
}

HubOutcome ChatHandlers::direct(WorkerServices& s, const HubIdentity& who, const QJsonObject& m) {
    const qint64 userId = idField(m, "userId");
    if (!userId)
        return badField(tr("“userId” must name a member of the band."));
    auto room = s.chat().directRoom(who.actor, who.bandId, userId);
    if (!room.ok())
        return failed(room.error());
    HubOutcome out;
    out.replies.push_back(roomMessage(*room));
    roomToEach(s, out, who, *room, room->memberIds);
    return out;
}

} // namespace oscalis::web
