#pragma once

#include "web/HubIdentity.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace oscalis::web {

class WorkerServices;

/// The hub's `chat.*` messages (docs/API.md, "Client to server"): each reads its fields, asks
/// chat::ChatService as the connection's person, and says what goes to the sender and to whom
/// else (ChatService::audience). Run on the data worker thread.
class ChatHandlers {
    Q_DECLARE_TR_FUNCTIONS(ChatHandlers)

public:
    static HubOutcome send(WorkerServices& services, const HubIdentity& who, const QJsonObject& m);
    static HubOutcome history(WorkerServices& services, const HubIdentity& who,
                              const QJsonObject& m);
    static HubOutcome sync(WorkerServices& services, const HubIdentity& who, const QJsonObject& m);
    static HubOutcome search(WorkerServices& services, const HubIdentity& who,
                             const QJsonObject& m);
    static HubOutcome read(WorkerServices& services, const HubIdentity& who, const QJsonObject& m);
    static HubOutcome remove(WorkerServices& services, const HubIdentity& who,
                             const QJsonObject& m);
    static HubOutcome createRoom(WorkerServices& services, const HubIdentity& who,
                                 const QJsonObject& m);
    static HubOutcome direct(WorkerServices& services, const HubIdentity& who,
                             const QJsonObject& m);
};

} // namespace oscalis::web
