#pragma once

#include "util/Clock.h"
#include "web/HubBatch.h"
#include "web/HubIdentity.h"
#include "web/HubMessages.h"
#include "web/OnlineUser.h"
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

#include <deque>
#include <functional>
#include <optional>

class QTcpSocket;
class QWebSocketServer;

namespace oscalis::web {

class AudioFanOut;
class HubClient;
class Worker;

/// The WebSocket side of the server: takes over connections whose upgrade was accepted, greets
/// them (`welcome`), dispatches their messages by the HubMessages table (chat on the data worker,
/// the remote to the RemoteBridge by queued signal), fans chat out to the right people, keeps
/// presence per band and passes REAPER's state on. Enforces per connection the message size and
/// rate limits of docs/API.md. The person signed in at the studio computer is one more
/// participant: their chat requests (fromDesktop) run through the same handlers, and what the
/// hub would send them comes out as the toDesktop signal.
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
    /// The live audio's fan-out (docs/AUDIO.md); a child of the hub.
    AudioFanOut& audio() { return *m_audio; }

public Q_SLOTS:
    void setReaperState(const oscalis::web::ReaperSnapshot& snapshot);
    /// The person signed in at the studio computer and the band it has open (0: nobody).
    void setDesktopUser(qint64 userId, qint64 bandId);
    /// A `chat.*` message of the desktop, as who (who.sessionId 0): handled exactly like a
    /// browser's (same table, same handlers on the data worker, same fan-out to the browsers);
    /// the answers, carrying the message's ref, come back by toDesktop.
    void fromDesktop(const oscalis::web::HubIdentity& who, const QJsonObject& message);
    /// Closes the WebSockets opened with this session (it was ended from the desktop).
    void closeSession(qint64 sessionId);

Q_SIGNALS:
    /// A permitted remote command, for the RemoteBridge.
    void remoteCommand(const oscalis::web::RemoteCommand& command);
    /// What a browser of the desktop's person in the desktop's band would receive (chat.message,
    /// chat.deleted, chat.room, error), and the answers to fromDesktop (with their ref); bandId
    /// is the band it is about (the messages themselves do not say).
    void toDesktop(qint64 bandId, const QJsonObject& message);
    /// Who is online in bandId changed (also sent to that band's browsers as `presence`).
    void presenceChanged(qint64 bandId, const QList<oscalis::web::OnlineUser>& users);

private:
    void onNewConnection();
    void onText(HubClient* client, const QString& text);
    void onBinary(HubClient* client);
    void onGone(HubClient* client);
    void dispatch(HubClient& client, const QJsonObject& message, const QJsonValue& ref);
    void forwardRemote(HubClient& client, const QString& type, const QJsonObject& message,
                       const QJsonValue& ref);
    void handleAudio(HubClient& client, const QString& type, const QJsonValue& ref);
    /// Runs a chat handler on the data worker as who; done gets its outcome on this thread.
    /// Requests queue here while the worker runs a burst, and go together as the next burst
    /// (HubBatch: one transaction, outcomes only after it committed), in their order.
    void runOnWorker(const HubMessages::Spec::WorkerHandler& handler, const HubIdentity& who,
                     const QJsonObject& message, std::function<void(const HubOutcome&)> done);
    /// Sends the queued requests to the worker as one burst, unless one is running.
    void startBurst();
    /// Replies go to the sender (a browser, or the desktop when desktopBand says for which band
    /// it asked), deliveries to every connection of their people in their band and to the
    /// desktop when its person is one.
    void deliver(const QPointer<HubClient>& sender, std::optional<qint64> desktopBand,
                 const QJsonValue& ref, const HubOutcome& outcome);
    /// Tells bandId's browsers who is online, once the events being handled now are done: a
    /// crowd arriving or leaving together is announced once, not once per person.
    void announcePresence(qint64 bandId);
    void announceDuePresence();
    static QString peerKey(const QHostAddress& address, quint16 port);
    QJsonValue reaperMessage();

    Worker& m_data;
    const util::Clock& m_clock;
    QWebSocketServer* m_server;
    struct PendingUpgrade {
        HubIdentity identity;
        QPointer<QTcpSocket> socket;
    };
    struct Queued {
        HubBatch::Request request;
        std::function<void(const HubOutcome&)> done;
    };
    QHash<QString, PendingUpgrade> m_pending; ///< accepted upgrades by peer address and port
    std::deque<Queued> m_queue;               ///< chat requests waiting for the worker
    bool m_burstRunning = false;              ///< a burst is on the worker
    QSet<HubClient*> m_unflushed;             ///< clients given frames by deliver()
    AudioFanOut* m_audio;
    QSet<HubClient*> m_clients;
    Presence m_presence;
    QHash<qint64, QJsonArray> m_announced;  ///< the presence each band was last told
    QSet<qint64> m_presenceDue;             ///< bands whose presence may have changed
    std::optional<ReaperSnapshot> m_reaper; ///< the last state, none before the first
    QJsonObject m_reaperMessage;            ///< m_reaper as `reaper.state`, made when first needed
    quint64 m_desktopRequest = 0;
    qint64 m_desktopUser = 0; ///< who chat deliveries for the desktop are for
    qint64 m_desktopBand = 0;
};

} // namespace oscalis::web
