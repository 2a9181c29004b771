#pragma once

#include "util/Clock.h"
#include "web/HubIdentity.h"
#include "web/Presence.h"
#include "web/ReaperSnapshot.h"
#include "web/RemoteCommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class QTcpSocket;
class QWebSocketServer;

namespace oscalis::web {

class HubClient;
class Worker;

/// The WebSocket side of the server: takes over connections whose upgrade was accepted, greets
/// them (`welcome`), dispatches their messages by the HubMessages table (chat on the data worker,
/// the remote to the RemoteBridge by queued signal), fans chat out to the right people, keeps
/// presence per band and passes REAPER's state on. Enforces per connection the message size and
/// rate limits of docs/API.md.
///
/// Owner: NetworkServer, on the network thread. Its slots are meant for queued calls from the
/// GUI thread (WebServer, RemoteBridge).
class Hub : public QObject {
    Q_OBJECT

public:
    Hub(Worker& data, const util::Clock& clock, QObject* parent = nullptr);
    ~Hub() override;

    /// Hands the socket of an accepted upgrade request (its bytes unread) to the WebSocket
    /// handshake; identity is who it was checked to be.
    void adopt(QTcpSocket* socket, HubIdentity identity);
    int clientCount() const { return int(m_clients.size()); }
    void closeAll();

public Q_SLOTS:
    void setReaperState(const oscalis::web::ReaperSnapshot& snapshot);
    /// The person signed in at the studio computer and the band it has open (0: nobody).
    void setDesktopUser(qint64 userId, qint64 bandId);

Q_SIGNALS:
    /// A permitted remote command, for the RemoteBridge.
    void remoteCommand(const oscalis::web::RemoteCommand& command);

private:
    void onNewConnection();
    void onText(HubClient* client, const QString& text);
    void onBinary(HubClient* client);
    void onGone(HubClient* client);
    void dispatch(HubClient& client, const QJsonObject& message, const QJsonValue& ref);
    void forwardRemote(HubClient& client, const QString& type, const QJsonObject& message,
                       const QJsonValue& ref);
    void deliver(const QPointer<HubClient>& sender, const QJsonValue& ref,
                 const HubOutcome& outcome);
    void announcePresence(qint64 bandId);
    static QString peerKey(const QHostAddress& address, quint16 port);
    QJsonValue reaperMessage();

    Worker& m_data;
    const util::Clock& m_clock;
    QWebSocketServer* m_server;
    QHash<QString, HubIdentity> m_pending; ///< accepted upgrades by peer address and port
    QSet<HubClient*> m_clients;
    Presence m_presence;
    QHash<qint64, QJsonArray> m_announced;  ///< the presence each band was last told
    std::optional<ReaperSnapshot> m_reaper; ///< the last state, none before the first
    QJsonObject m_reaperMessage;            ///< m_reaper as `reaper.state`, made when first needed
    quint64 m_desktopRequest = 0;
};

} // namespace oscalis::web
