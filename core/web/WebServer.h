#pragma once

#include "auth/Actor.h"
#include "chat/ChatTypes.h"
#include "web/OnlineUser.h"
#include "web/WebServerOptions.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>

namespace oscalis::audio {
class StreamEngine;
}

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper

namespace oscalis::web {

class NetworkServer;
class RemoteBridge;
class Worker;

/// The embedded web server as the rest of Oscalis sees it: starts the network thread (HTTP,
/// WebSocket hub) and the two worker threads (database; password hashing), says in plain words
/// why it could not listen, gives the TLS fingerprint and the addresses bandmates type, and stops
/// cleanly. Connects the browser remote to REAPER through a RemoteBridge.
///
/// The desktop's chat panel is one more participant of the hub: its requests (postChat...) go
/// through the very handlers a browser's `chat.*` messages do (data worker, chat::ChatService,
/// fan-out to the browsers), and what the hub would send a browser of the person signed in at
/// the studio computer, in the band the desktop has open (setDesktopUser), comes back as the
/// chat signals below.
///
/// Owner: the composition root (app/); GUI thread only.
class WebServer : public QObject {
    Q_OBJECT

public:
    explicit WebServer(WebServerOptions options, QObject* parent = nullptr);
    ~WebServer() override;

    /// Makes or loads the certificate, opens the port. False with errorString() on failure.
    bool start();
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QString errorString() const { return m_error; }
    /// The port listened on (the one picked when the options said 0).
    quint16 port() const { return m_port; }
    /// SHA-256 fingerprint of the certificate, "AB:CD:…"; empty on plain HTTP.
    QString fingerprint() const { return m_fingerprint; }
    /// True when this start made a new certificate (browsers must accept it again).
    bool newCertificate() const { return m_newCertificate; }
    /// https://<each LAN IPv4 address>:<port>/ and https://<host name>:<port>/ (on plain
    /// loopback: http://127.0.0.1:<port>/).
    QStringList joinUrls() const;

    /// The remote's REAPER: its state goes to the browsers, their permitted commands to link.
    /// Both must outlive this server.
    void attachReaper(reaper::Session& session, reaper::Link& link);
    /// The studio's live stream: the server becomes the one reader of the engine's packets and
    /// sends them to the browsers that listen (docs/AUDIO.md). engine must outlive this server.
    void attachStream(audio::StreamEngine& engine);
    /// Sends one packet made elsewhere (a relay, a test) to every listener, like the stream's.
    void publishAudio(const QByteArray& packet);

    /// Chat requests of the desktop as actor in bandId, answered by the signals below; each
    /// returns the ref its answers carry (0 and nothing sent while the server is not running).
    /// A message: as `chat.send` (clientId protects against sending twice).
    quint64 postChat(const auth::Actor& actor, qint64 bandId, qint64 roomId, const QString& text,
                     const QString& clientId);
    /// As `chat.delete`: one's own message, or any for those ChatService lets.
    quint64 deleteChat(const auth::Actor& actor, qint64 bandId, qint64 messageId);
    /// As `chat.read`: read up to seq.
    quint64 markChatRead(const auth::Actor& actor, qint64 bandId, qint64 roomId, qint64 seq);
    /// As `chat.createRoom`.
    quint64 createChatRoom(const auth::Actor& actor, qint64 bandId, const QString& name);
    /// As `chat.direct`: the direct room with userId.
    quint64 openDirectChat(const auth::Actor& actor, qint64 bandId, qint64 userId);
    /// Who is online in bandId as last announced (empty before the first announcement).
    QList<OnlineUser> presence(qint64 bandId) const { return m_presence.value(bandId); }

public Q_SLOTS:
    /// Who is signed in at the studio computer and the band it has open (0, 0: nobody), for
    /// the browsers' presence list, and whose chat the chat signals carry.
    void setDesktopUser(qint64 userId, qint64 bandId);
    /// A browser session was ended (from the desktop): its open WebSockets are closed now.
    void sessionRevoked(qint64 sessionId);

Q_SIGNALS:
    /// A chat message for the desktop's person: someone's new one, or their own just stored.
    void chatMessage(const oscalis::chat::Message& message);
    void chatDeleted(qint64 roomId, qint64 messageId, qint64 seq);
    /// A room was made or opened (ref: the request it answers) or its unread count changed
    /// (ref 0 when nobody at the desktop asked).
    void chatRoom(const oscalis::chat::Room& room, quint64 ref);
    /// A desktop request was refused, in words a user can read.
    void chatFailed(quint64 ref, const QString& message);
    /// Who is online in bandId changed.
    void presenceChanged(qint64 bandId, const QList<oscalis::web::OnlineUser>& users);
    /// How many browsers listen to the live audio now.
    void audioListenersChanged(int count);

private:
    void connectBridge();
    void connectHub();
    void connectStream();
    quint64 sendChat(const auth::Actor& actor, qint64 bandId, QJsonObject message);
    /// A message the hub had for the desktop, turned into the chat signals.
    void fromHub(qint64 bandId, const QJsonObject& message);

    WebServerOptions m_options;
    std::unique_ptr<Worker> m_data;
    std::unique_ptr<Worker> m_hashing;
    QThread m_thread;
    NetworkServer* m_server = nullptr; ///< lives on m_thread
    RemoteBridge* m_bridge = nullptr;  ///< child, GUI thread
    audio::StreamEngine* m_stream = nullptr;
    QString m_error;
    QString m_fingerprint;
    bool m_newCertificate = false;
    quint16 m_port = 0;
    qint64 m_desktopUser = 0;
    qint64 m_desktopBand = 0;
    quint64 m_lastRef = 0;
    QHash<qint64, QList<OnlineUser>> m_presence; ///< band -> as last announced
};

} // namespace oscalis::web
