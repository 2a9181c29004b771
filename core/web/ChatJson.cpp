#include "web/ChatJson.h"

namespace oscalis::web {

namespace {
QJsonArray ids(const std::vector<qint64>& list) {
    QJsonArray out;
    for (qint64 id : list)
        out.append(id);
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
                  {QStringLiteral("authorId"), m.authorId ? QJsonValue(*m.authorId) : QJsonValue()},
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

} // namespace oscalis::web
