#pragma once

#include "chat/ChatTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace oscalis::web {

/// Chat values as the WebSocket messages of docs/API.md write them. Stateless; any thread.
class ChatJson {
public:
    /// `{"id", "kind", "name", "memberIds", "lastSeq", "unread"}`.
    static QJsonObject room(const chat::Room& room);
    /// `{"id", "roomId", "seq", "authorId", "authorName", "text", "at", "mentions", "clientId"}`.
    static QJsonObject message(const chat::Message& message);
    static QJsonArray messages(const std::vector<chat::Message>& messages);
    /// The other way round, for the desktop, which hears the hub's messages as JSON.
    static chat::Room roomFrom(const QJsonObject& room);
    static chat::Message messageFrom(const QJsonObject& message);
};

} // namespace oscalis::web
