#include "web/Hub.h"

#include "store/UserRepository.h"
#include "util/LogCategories.h"
#include "web/HubClient.h"
#include "web/HubMessages.h"
#include "web/Worker.h"

#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace oscalis::web {

Hub::Hub(Worker& data, const util::Clock& clock, QObject* parent)
    : QObject(parent), m_data(data), m_clock(clock),
      // TLS is already done on the socket handed over: the handshake itself is plain.
      m_server(
          new QWebSocketServer(QStringLiteral("Oscalis"), QWebSocketServer::NonSecureMode, this)) {
    m_server->setHandshakeTimeout(10 * 1000);
    connect(m_server, &QWebSocketServer::newConnection, this, &Hub::onNewConnection);
}

Hub::~Hub() {
    // Children (clients, sockets in their handshake) outlive this body: they must not call back.
    const QObjectList kids = children();
    for (QObject* kid : kids)
        kid->disconnect(this);
}

QString Hub::peerKey(const QHostAddress& address, quint16 port) {
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

void Hub::adopt(QTcpSocket* socket, HubIdentity identity) {
    const QString key = peerKey(socket->peerAddress(), socket->peerPort());
    m_pending.insert(key, std::move(identity));
    socket->setParent(this);
    // A handshake that fails leaves nothing behind.
    connect(socket, &QObject::destroyed, this, [this, key] { m_pending.remove(key); });
    m_server->handleConnection(socket);
}

void Hub::onNewConnection() {
    while (QWebSocket* ws = m_server->nextPendingConnection()) {
        const QString key = peerKey(ws->peerAddress(), ws->peerPort());
        if (!m_pending.contains(key)) { // not one we checked: cannot happen, but never let it in
            ws->abort();
            ws->deleteLater();
            continue;
        }
        auto* client = new HubClient(ws, m_pending.take(key), this);
        m_clients.insert(client);
        connect(client, &HubClient::textReceived, this, &Hub::onText);
        connect(client, &HubClient::binaryReceived, this, &Hub::onBinary);
        connect(client, &HubClient::gone, this, &Hub::onGone);
        const HubIdentity& id = client->identity();
        m_presence.addBrowser(id.bandId, id.actor.userId, id.displayName);
        client->send(
            {{QStringLiteral("type"), QStringLiteral("welcome")},
             {QStringLiteral("me"), id.me},
             {QStringLiteral("bandId"), id.bandId},
             {QStringLiteral("rooms"), id.rooms},
             {QStringLiteral("presence"), m_presence.users(id.bandId)},
             {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("remote"), id.remote}}},
             {QStringLiteral("reaper"), reaperMessage()}});
        announcePresence(id.bandId);
        qCDebug(lcWeb) << "WebSocket open for user" << id.actor.userId << "band" << id.bandId;
    }
}

void Hub::onGone(HubClient* client) {
    if (!m_clients.remove(client))
        return;
    m_presence.removeBrowser(client->bandId(), client->userId());
    announcePresence(client->bandId());
}

void Hub::onBinary(HubClient* client) {
    if (!client->rate().admit(m_clock.nowMs()))
        return client->sendError(QStringLiteral("rate_limited"),
                                 tr("Too many messages; this one was dropped."));
    client->sendError(QStringLiteral("unsupported"), tr("Binary messages are not accepted yet."));
}

void Hub::onText(HubClient* client, const QString& text) {
    if (!client->rate().admit(m_clock.nowMs()))
        return client->sendError(QStringLiteral("rate_limited"),
                                 tr("More than 50 messages in a second; this one was dropped."));
    // UTF-8 never has fewer bytes than UTF-16 code units: the cheap test first.
    const bool tooLong = text.size() > HubClient::kMaxMessageBytes;
    const QByteArray utf8 = tooLong ? QByteArray() : text.toUtf8();
    if (tooLong || utf8.size() > HubClient::kMaxMessageBytes)
        return client->sendError(QStringLiteral("too_large"),
                                 tr("A message may hold at most 64 KiB."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return client->sendError(QStringLiteral("invalid_json"),
                                 tr("A message must be one JSON object."));
    const QJsonObject message = doc.object();
    dispatch(*client, message, message.value(QStringLiteral("ref")));
}

void Hub::dispatch(HubClient& client, const QJsonObject& message, const QJsonValue& ref) {
    const QString type = message.value(QStringLiteral("type")).toString();
    const HubMessages::Spec* spec = HubMessages::find(type);
    if (!spec)
        return client.sendError(
            QStringLiteral("unknown_type"),
            tr("The server does not know messages of type “%1”.").arg(type.left(60)), ref);
    if (spec->remote)
        return forwardRemote(client, type, message, ref);
    QPointer<HubClient> sender(&client);
    runOnWorker(spec->handler, client.identity(), message,
                [this, sender, ref](const HubOutcome& outcome) {
                    deliver(sender, std::nullopt, ref, outcome);
                });
}

void Hub::fromDesktop(const HubIdentity& who, const QJsonObject& message) {
    const QJsonValue ref = message.value(QStringLiteral("ref"));
    const QString type = message.value(QStringLiteral("type")).toString();
    const HubMessages::Spec* spec = HubMessages::find(type);
    if (!spec || spec->remote) { // the desktop drives REAPER itself
        HubOutcome refused = HubOutcome::error(
            QStringLiteral("unknown_type"),
            tr("The server does not know messages of type “%1”.").arg(type.left(60)));
        return deliver(nullptr, who.bandId, ref, refused);
    }
    runOnWorker(spec->handler, who, message,
                [this, ref, band = who.bandId](const HubOutcome& outcome) {
                    deliver(nullptr, band, ref, outcome);
                });
}

void Hub::runOnWorker(const HubMessages::Spec::WorkerHandler& handler, const HubIdentity& who,
                      const QJsonObject& message, std::function<void(const HubOutcome&)> done) {
    m_data.post([this, message, who, handler, done](WorkerServices& services) {
        const HubOutcome outcome =
            services.ready()
                ? handler(services, who, message)
                : HubOutcome::error(QStringLiteral("server_error"), services.problem());
        QMetaObject::invokeMethod(
            this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
    });
}

void Hub::forwardRemote(HubClient& client, const QString& type, const QJsonObject& message,
                        const QJsonValue& ref) {
    if (!client.identity().remote)
        return client.sendError(
            QStringLiteral("forbidden"),
            tr("You may not use the remote in this band. A leader can allow it in "
               "the band's settings."),
            ref);
    const auto command = RemoteCommand::fromMessage(type, message);
    if (const QString* problem = std::get_if<QString>(&command))
        return client.sendError(QStringLiteral("invalid_field"), *problem, ref);
    Q_EMIT remoteCommand(std::get<RemoteCommand>(command));
}

void Hub::deliver(const QPointer<HubClient>& sender, std::optional<qint64> desktopBand,
                  const QJsonValue& ref, const HubOutcome& outcome) {
    const bool toClient = sender && m_clients.contains(sender.data());
    for (QJsonObject reply : outcome.replies) {
        if (!ref.isUndefined() && !ref.isNull())
            reply.insert(QStringLiteral("ref"), ref);
        if (toClient)
            sender->send(reply);
        else if (desktopBand)
            Q_EMIT toDesktop(*desktopBand, reply);
    }
    for (const HubOutcome::Delivery& d : outcome.deliveries) {
        const QSet<qint64> audience(d.userIds.begin(), d.userIds.end());
        QString json; // serialised once, on first use, for every recipient
        for (HubClient* c : std::as_const(m_clients)) {
            if (c->bandId() != d.bandId || (c == sender.data() && !d.toSender) ||
                !audience.contains(c->userId()))
                continue;
            if (json.isNull())
                json = QString::fromUtf8(QJsonDocument(d.message).toJson(QJsonDocument::Compact));
            c->sendText(json);
        }
        if (m_desktopUser && d.bandId == m_desktopBand && audience.contains(m_desktopUser) &&
            (!desktopBand || d.toSender))
            Q_EMIT toDesktop(d.bandId, d.message);
    }
}

void Hub::announcePresence(qint64 bandId) {
    if (bandId == 0)
        return;
    const QJsonArray users = m_presence.users(bandId);
    if (m_announced.value(bandId) == users)
        return;
    m_announced.insert(bandId, users);
    Q_EMIT presenceChanged(bandId, m_presence.list(bandId));
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("presence")},
                              {QStringLiteral("users"), users}};
    for (HubClient* c : std::as_const(m_clients))
        if (c->bandId() == bandId)
            c->send(message);
}

QJsonValue Hub::reaperMessage() {
    if (!m_reaper)
        return QJsonValue();
    if (m_reaperMessage.isEmpty())
        m_reaperMessage = m_reaper->toMessage();
    return m_reaperMessage;
}

void Hub::setReaperState(const ReaperSnapshot& snapshot) {
    m_reaper = snapshot;
    m_reaperMessage = {}; // made again only when someone is there to read it
    if (m_clients.isEmpty())
        return;
    const QJsonObject message = reaperMessage().toObject();
    for (HubClient* c : std::as_const(m_clients))
        c->send(message);
}

void Hub::setDesktopUser(qint64 userId, qint64 bandId) {
    const quint64 request = ++m_desktopRequest;
    m_desktopUser = userId;
    m_desktopBand = userId ? bandId : 0;
    const auto apply = [this, request, userId, bandId](const QString& name) {
        if (request != m_desktopRequest)
            return; // a later change came first
        const auto [before, after] = m_presence.setDesktop(userId, bandId, name);
        announcePresence(before);
        announcePresence(after);
    };
    if (userId == 0)
        return apply({});
    m_data.post([this, userId, apply](WorkerServices& services) {
        QString name;
        if (services.ready())
            if (auto user = store::UserRepository(services.db()).find(userId); user.ok())
                name = user->displayName;
        QMetaObject::invokeMethod(
            this, [apply, name] { apply(name); }, Qt::QueuedConnection);
    });
}

void Hub::closeSession(qint64 sessionId) {
    if (sessionId == 0)
        return;
    for (HubClient* c : std::as_const(m_clients))
        if (c->identity().sessionId == sessionId)
            c->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("session ended"));
}

void Hub::closeAll() {
    for (HubClient* c : std::as_const(m_clients))
        c->close();
}

} // namespace oscalis::web
