#include "web/WebServer.h"

#include "audio/StreamEngine.h"
#include "util/LogCategories.h"
#include "web/AudioFanOut.h"
#include "web/ChatJson.h"
#include "web/Hub.h"
#include "web/NetworkServer.h"
#include "web/RemoteBridge.h"
#include "web/TlsIdentity.h"
#include "web/Worker.h"

#include <QDir>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QStandardPaths>

namespace oscalis::web {

WebServer::WebServer(WebServerOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)) {
    qRegisterMetaType<ReaperSnapshot>();
    qRegisterMetaType<RemoteCommand>();
    qRegisterMetaType<QList<OnlineUser>>();
    m_thread.setObjectName(QStringLiteral("web-network"));
}

WebServer::~WebServer() {
    stop();
}

bool WebServer::start() {
    if (m_server)
        return true;
    m_error.clear();
    std::optional<QSslConfiguration> tls;
    QHostAddress address = m_options.address;
    if (m_options.plainLoopback) {
        address = QHostAddress(QHostAddress::LocalHost);
        m_fingerprint.clear();
    } else {
        const bool own = !m_options.certificateFile.isEmpty() || !m_options.keyFile.isEmpty();
        if (own && (m_options.certificateFile.isEmpty() || m_options.keyFile.isEmpty())) {
            m_error = tr("Give both --web-cert and --web-key, or neither.");
            return false;
        }
        const QString folder =
            m_options.tlsFolder.isEmpty()
                ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                      .filePath(QStringLiteral("web"))
                : m_options.tlsFolder;
        const TlsIdentity identity =
            own ? TlsIdentity::load(m_options.certificateFile, m_options.keyFile)
                : TlsIdentity::ensure(folder, TlsIdentity::localNames(),
                                      TlsIdentity::localAddresses());
        if (!identity.ok()) {
            m_error = identity.errorString();
            return false;
        }
        tls = identity.serverConfiguration();
        m_fingerprint = identity.fingerprint();
        m_newCertificate = identity.generated();
    }

    const WorkerServices::Config config{m_options.databasePath, m_options.hasherCost,
                                        m_options.clock};
    m_data = std::make_unique<Worker>(QStringLiteral("web-data"), config);
    m_hashing = std::make_unique<Worker>(QStringLiteral("web-hashing"), config);
    m_data->start();
    m_hashing->start();

    NetworkServer::Settings settings;
    settings.maxConnections = m_options.maxConnections;
    settings.timing = {m_options.idleTimeoutMs, m_options.requestTimeoutMs};
    settings.staticRoot = m_options.staticRoot;
    settings.clock = m_options.clock;
    m_server = new NetworkServer(settings, *m_data, *m_hashing);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();

    bool listening = false;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            listening = m_server->listen(address, m_options.port, tls);
            m_port = m_server->port();
            m_error = m_server->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        const QString error = m_error;
        stop();
        m_error = error;
        return false;
    }
    connectBridge();
    connectHub();
    connectStream();
    if (m_desktopUser)
        setDesktopUser(m_desktopUser, m_desktopBand);
    qCInfo(lcWeb).noquote() << "web server on" << joinUrls().join(QStringLiteral(" "))
                            << (m_fingerprint.isEmpty()
                                    ? QString()
                                    : QStringLiteral("fingerprint ") + m_fingerprint);
    return true;
}

void WebServer::stop() {
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_server, [this] { m_server->shutdown(); }, Qt::BlockingQueuedConnection);
    // Workers first: their last answers are queued to the server, which is still alive.
    m_data->stop();
    m_hashing->stop();
    m_thread.quit();
    m_thread.wait(); // the server is deleted as the thread finishes
    m_server = nullptr;
    m_data.reset();
    m_hashing.reset();
    m_port = 0;
    m_presence.clear();
}

QStringList WebServer::joinUrls() const {
    if (!m_server)
        return {};
    const QString port = QString::number(m_port);
    if (m_options.plainLoopback)
        return {QStringLiteral("http://127.0.0.1:%1/").arg(port)};
    QStringList urls;
    for (const QHostAddress& a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            urls.append(QStringLiteral("https://%1:%2/").arg(a.toString(), port));
    const QString host = QHostInfo::localHostName();
    if (!host.isEmpty())
        urls.append(QStringLiteral("https://%1:%2/").arg(host, port));
    return urls;
}

void WebServer::attachReaper(reaper::Session& session, reaper::Link& link) {
    delete m_bridge;
    m_bridge = new RemoteBridge(session, link, this);
    connectBridge();
}

void WebServer::connectBridge() {
    if (!m_server || !m_bridge)
        return;
    Hub* hub = &m_server->hub();
    connect(m_bridge, &RemoteBridge::stateChanged, hub, &Hub::setReaperState, Qt::QueuedConnection);
    connect(hub, &Hub::remoteCommand, m_bridge, &RemoteBridge::apply, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        hub, [hub, snapshot = m_bridge->snapshot()] { hub->setReaperState(snapshot); },
        Qt::QueuedConnection);
}

void WebServer::attachStream(audio::StreamEngine& engine) {
    m_stream = &engine;
    connectStream();
}

void WebServer::connectStream() {
    if (!m_server || !m_stream)
        return;
    AudioFanOut* fanOut = &m_server->hub().audio();
    audio::StreamEngine* engine = m_stream;
    // Straight from the stream's thread to the network thread: the GUI thread is not in the way.
    connect(
        engine, &audio::StreamEngine::packetsReady, fanOut,
        [fanOut, engine] { fanOut->drain(*engine); }, Qt::QueuedConnection);
    // Packets made while nobody read (before this start) are of no use to anyone now.
    QMetaObject::invokeMethod(
        fanOut, [fanOut, engine] { fanOut->drain(*engine); }, Qt::QueuedConnection);
}

void WebServer::publishAudio(const QByteArray& packet) {
    if (!m_server)
        return;
    AudioFanOut* fanOut = &m_server->hub().audio();
    QMetaObject::invokeMethod(
        fanOut, [fanOut, packet] { fanOut->publish(packet); }, Qt::QueuedConnection);
}

void WebServer::connectHub() {
    Hub* hub = &m_server->hub();
    connect(hub, &Hub::toDesktop, this, &WebServer::fromHub, Qt::QueuedConnection);
    connect(
        hub, &Hub::presenceChanged, this,
        [this](qint64 bandId, const QList<OnlineUser>& users) {
            m_presence.insert(bandId, users);
            Q_EMIT presenceChanged(bandId, users);
        },
        Qt::QueuedConnection);
    connect(&hub->audio(), &AudioFanOut::listenerCountChanged, this,
            &WebServer::audioListenersChanged, Qt::QueuedConnection);
}

quint64 WebServer::sendChat(const auth::Actor& actor, qint64 bandId, QJsonObject message) {
    if (!m_server)
        return 0;
    const quint64 ref = ++m_lastRef;
    message.insert(QStringLiteral("ref"), double(ref));
    HubIdentity who;
    who.actor = actor;
    who.bandId = bandId;
    Hub* hub = &m_server->hub();
    QMetaObject::invokeMethod(
        hub, [hub, who, message] { hub->fromDesktop(who, message); }, Qt::QueuedConnection);
    return ref;
}

quint64 WebServer::postChat(const auth::Actor& actor, qint64 bandId, qint64 roomId,
                            const QString& text, const QString& clientId) {
    return sendChat(actor, bandId,
                    {{QStringLiteral("type"), QStringLiteral("chat.send")},
                     {QStringLiteral("roomId"), roomId},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("clientId"), clientId}});
}

quint64 WebServer::deleteChat(const auth::Actor& actor, qint64 bandId, qint64 messageId) {
    return sendChat(actor, bandId,
                    {{QStringLiteral("type"), QStringLiteral("chat.delete")},
                     {QStringLiteral("messageId"), messageId}});
}

quint64 WebServer::markChatRead(const auth::Actor& actor, qint64 bandId, qint64 roomId,
                                qint64 seq) {
    return sendChat(actor, bandId,
                    {{QStringLiteral("type"), QStringLiteral("chat.read")},
                     {QStringLiteral("roomId"), roomId},
                     {QStringLiteral("seq"), seq}});
}

quint64 WebServer::createChatRoom(const auth::Actor& actor, qint64 bandId, const QString& name) {
    return sendChat(actor, bandId,
                    {{QStringLiteral("type"), QStringLiteral("chat.createRoom")},
                     {QStringLiteral("name"), name}});
}

quint64 WebServer::openDirectChat(const auth::Actor& actor, qint64 bandId, qint64 userId) {
    return sendChat(actor, bandId,
                    {{QStringLiteral("type"), QStringLiteral("chat.direct")},
                     {QStringLiteral("userId"), userId}});
}

void WebServer::fromHub(qint64 bandId, const QJsonObject& message) {
    const QString type = message.value(QStringLiteral("type")).toString();
    const quint64 ref = quint64(message.value(QStringLiteral("ref")).toDouble());
    if (type == QLatin1String("chat.message"))
        Q_EMIT chatMessage(
            ChatJson::messageFrom(message.value(QStringLiteral("message")).toObject()));
    else if (type == QLatin1String("chat.deleted"))
        Q_EMIT chatDeleted(message.value(QStringLiteral("roomId")).toInteger(),
                           message.value(QStringLiteral("messageId")).toInteger(),
                           message.value(QStringLiteral("seq")).toInteger());
    else if (type == QLatin1String("chat.room")) {
        chat::Room room = ChatJson::roomFrom(message.value(QStringLiteral("room")).toObject());
        room.bandId = bandId;
        Q_EMIT chatRoom(room, ref);
    } else if (type == QLatin1String("error"))
        Q_EMIT chatFailed(ref, message.value(QStringLiteral("message")).toString());
}

void WebServer::sessionRevoked(qint64 sessionId) {
    if (!m_server)
        return;
    Hub* hub = &m_server->hub();
    QMetaObject::invokeMethod(
        hub, [hub, sessionId] { hub->closeSession(sessionId); }, Qt::QueuedConnection);
}

void WebServer::setDesktopUser(qint64 userId, qint64 bandId) {
    m_desktopUser = userId;
    m_desktopBand = bandId;
    if (!m_server)
        return;
    Hub* hub = &m_server->hub();
    QMetaObject::invokeMethod(
        hub, [hub, userId, bandId] { hub->setDesktopUser(userId, bandId); }, Qt::QueuedConnection);
}

} // namespace oscalis::web
