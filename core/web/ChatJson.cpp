#include "web/ChatJson.h"

#include "web/api/OrNull.h"

namespace oscalis::web {

namespace {
QJsonArray ids(const std::vector<qint64>& list) {
    QJsonArray out;
    for (qint64 id : list)
        out.append(id);
    return out;
}

std::vector<qint64> idsFrom(const QJsonValue& value) {
    std::vector<qint64> out;
    for (const QJsonValue& v : value.toArray())
        out.push_back(v.toInteger());
    return out;
}
} // namespace

QJsonObject ChatJson::room(const chat::Room& r) {
    return {{QStringLiteral("id"), r.id},           {QStringLiteral("kind"), r.kind},
            {QStringLiteral("name"), r.name},       {QStringLiteral("memberIds"), ids(r.memberIds)},
            {QStringLiteral("lastSeq"), r.lastSeq}, {QStringLiteral("unread"), r.unread}};
}

QJsonObject ChatJson::message(const chat::Message& m) {
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("roomId"), m.roomId},
                  {QStringLiteral("seq"), m.seq},
                  {QStringLiteral("authorId"), orNull(m.authorId)},
                  {QStringLiteral("authorName"), m.authorName},
                  {QStringLiteral("text"), m.text},
                  {QStringLiteral("at"), m.at},
                  {QStringLiteral("mentions"), ids(m.mentions)},
                  {QStringLiteral("clientId"), m.clientId}};
    if (m.deleted)
        o.insert(QStringLiteral("deleted"), true);
    return o;
}

QJsonArray ChatJson::messages(const std::vector<chat::Message>& list) {
    QJsonArray out;
    for (const chat::Message& m : list)
        out.append(message(m));
    return out;
}

chat::Room ChatJson::roomFrom(const QJsonObject& o) {
    chat::Room r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.kind = o.value(QStringLiteral("kind")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.memberIds = idsFrom(o.value(QStringLiteral("memberIds")));
    r.lastSeq = o.value(QStringLiteral("lastSeq")).toInteger();
    r.unread = o.value(QStringLiteral("unread")).toInteger();
    return r;
}

chat::Message ChatJson::messageFrom(const QJsonObject& o) {
    chat::Message m;
    m.id = o.value(QStringLiteral("id")).toInteger();
    m.roomId = o.value(QStringLiteral("roomId")).toInteger();
    m.seq = o.value(QStringLiteral("seq")).toInteger();
    if (o.value(QStringLiteral("authorId")).isDouble())
        m.authorId = o.value(QStringLiteral("authorId")).toInteger();
    m.authorName = o.value(QStringLiteral("authorName")).toString();
    m.text = o.value(QStringLiteral("text")).toString();
    m.at = o.value(QStringLiteral("at")).toString();
    m.mentions = idsFrom(o.value(QStringLiteral("mentions")));
    m.clientId = o.value(QStringLiteral("clientId")).toString();
    m.deleted = o.value(QStringLiteral("deleted")).toBool();
    return m;
}

} // namespace oscalis::web
