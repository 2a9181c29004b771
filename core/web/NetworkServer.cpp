#include "web/NetworkServer.h"

#include "auth/Permissions.h"
#include "store/AccessCheck.h"
#include "util/LogCategories.h"
#include "web/ApiRunner.h"
#include "web/ChatJson.h"
#include "web/Hub.h"
#include "web/MeView.h"
#include "web/Routes.h"
#include "web/SessionCookie.h"
#include "web/SessionGate.h"
#include "web/Worker.h"

#include <QJsonDocument>
#include <QPointer>

#include <variant>

namespace oscalis::web {

namespace {

bool changesSomething(const QByteArray& method) {
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

HttpResponse badOrigin() {
    return HttpResponse::error(
        403, QStringLiteral("bad_origin"),
        NetworkServer::tr(
            "This request did not come from Oscalis's own page, so nothing was done."));
}

/// On a worker: who opens the WebSocket, or the refusal to send instead of upgrading.
std::variant<HubIdentity, ApiReply> identify(WorkerServices& services, const QString& token,
                                             qint64 bandId) {
    if (!services.ready())
        return ApiReply::error(503, QStringLiteral("busy"), services.problem());
    auto signedIn = SessionGate::resolve(services, token);
    if (!signedIn.ok())
        return ApiRunner::notSignedIn();
    auto role = store::AccessCheck::bandRole(services.db(), signedIn->actor.userId, bandId);
    if (!role.ok())
        return ApiReply::fromError(role.error());
    if (*role == auth::BandRole::None)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               NetworkServer::tr("You are not a member of this band."));
    auto remote = MeView::remoteAllowed(services.db(), signedIn->actor.userId, bandId);
    if (!remote.ok())
        return ApiReply::fromError(remote.error());
    HubIdentity id;
    id.actor = signedIn->actor;
    id.sessionId = signedIn->session.id;
    id.displayName = signedIn->user.displayName;
    id.me = MeView::user(signedIn->user);
    id.bandId = bandId;
    id.remote = *remote;
    id.listen =
        auth::Permissions::allows(signedIn->actor, auth::Action::ListenToStudio, *role).allowed;
    auto rooms = services.chat().rooms(signedIn->actor, bandId);
    if (rooms.ok())
        for (const chat::Room& r : *rooms)
            id.rooms.append(ChatJson::room(r));
    else
        qCWarning(lcWeb).noquote() << "chat rooms unavailable:" << rooms.error().message;
    return id;
}

} // namespace

NetworkServer::NetworkServer(const Settings& settings, Worker& data, Worker& hashing,
                             QObject* parent)
    : QObject(parent), m_settings(settings), m_data(data), m_hashing(hashing),
      m_router(Routes::table()), m_files(settings.staticRoot),
      m_listener(settings.maxConnections, this), m_hub(new Hub(data, *settings.clock, this)) {
    connect(&m_listener, &Listener::accepted, this, &NetworkServer::onAccepted);
}

NetworkServer::~NetworkServer() = default;

bool NetworkServer::listen(const QHostAddress& address, quint16 port,
                           const std::optional<QSslConfiguration>& tls) {
    m_stopped = false;
    return m_listener.listen(address, port, tls);
}

void NetworkServer::shutdown() {
    m_stopped = true;
    m_listener.close();
    m_hub->closeAll();
    for (HttpConnection* c : findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly))
        delete c;
}

void NetworkServer::onAccepted(QTcpSocket* socket, bool secure) {
    new HttpConnection(
        socket, secure, m_settings.timing,
        [this](HttpConnection& c, HttpRequest r) { handle(c, std::move(r)); }, this);
}

void NetworkServer::handle(HttpConnection& connection, HttpRequest request) {
    if (m_stopped)
        return connection.respond(
            HttpResponse::error(503, QStringLiteral("busy"), tr("The server is stopping.")), true);
    if (changesSomething(request.method) && !request.sameOrigin())
        return connection.respond(badOrigin());
    const Router::Match match = m_router.match(request.method, request.path);
    const bool api =
        request.path.startsWith(QLatin1String("/api/")) || request.path == QLatin1String("/ws");
    switch (match.result) {
    case Router::Match::Result::NotFound:
        if (!api && request.method == "GET")
            return connection.respond(m_files.serve(request));
        return connection.respond(HttpResponse::error(
            404, QStringLiteral("not_found"),
            tr("No route for %1 %2.")
                .arg(QString::fromLatin1(request.method), request.path.left(200))));
    case Router::Match::Result::WrongMethod: {
        HttpResponse r = HttpResponse::error(
            405, QStringLiteral("method_not_allowed"),
            tr("%1 does not take %2; it takes %3.")
                .arg(request.path.left(200), QString::fromLatin1(request.method),
                     QString::fromLatin1(match.allowed.join(", "))));
        r.setHeader("Allow", match.allowed.join(", "));
        return connection.respond(r);
    }
    case Router::Match::Result::Found:
        break;
    }
    switch (match.route->kind) {
    case RouteSpec::Kind::Static:
        return connection.respond(m_files.serve(request));
    case RouteSpec::Kind::Upgrade:
        return handleUpgrade(connection, request);
    case RouteSpec::Kind::Api:
        return handleApi(connection, request, match);
    }
}

ApiCall NetworkServer::callFor(const HttpRequest& request, const Router::Match& match) {
    ApiCall call;
    call.params = match.params;
    call.query = request.query;
    call.baseUrl = request.baseUrl();
    call.peerAddress = request.peer.toString();
    call.userAgent = QString::fromUtf8(request.header("user-agent")).left(500);
    call.sessionToken = SessionCookie::tokenFrom(request.header("cookie"));
    call.secure = request.secure;
    return call;
}

void NetworkServer::handleApi(HttpConnection& connection, const HttpRequest& request,
                              const Router::Match& match) {
    ApiCall call = callFor(request, match);
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return connection.respond(
                HttpResponse::error(400, QStringLiteral("invalid_json"),
                                    tr("The request body is not valid JSON (%1 at character %2).")
                                        .arg(error.errorString())
                                        .arg(error.offset)));
        call.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    const RouteSpec* route = match.route;
    Worker& worker = route->lane == RouteSpec::Lane::Hashing ? m_hashing : m_data;
    QPointer<HttpConnection> target(&connection);
    worker.post([this, route, call = std::move(call), target](WorkerServices& services) {
        ApiOutcome outcome = ApiRunner::run(services, *route, call);
        QMetaObject::invokeMethod(
            this,
            [this, target, outcome = std::move(outcome)] {
                if (outcome.endedSession && !m_stopped)
                    m_hub->closeSession(outcome.endedSession);
                if (target)
                    target->respond(HttpResponse::fromApi(outcome.reply, outcome.headers));
            },
            Qt::QueuedConnection);
    });
}

void NetworkServer::handleUpgrade(HttpConnection& connection, const HttpRequest& request) {
    if (!request.headerHasToken("upgrade", "websocket") ||
        !request.headerHasToken("connection", "upgrade"))
        return connection.respond(HttpResponse::error(400, QStringLiteral("invalid_request"),
                                                      tr("This address only speaks WebSocket.")),
                                  true);
    if (!request.sameOrigin())
        return connection.respond(badOrigin(), true);
    bool ok = false;
    const qint64 bandId = request.query.queryItemValue(QStringLiteral("band")).toLongLong(&ok);
    if (!ok || bandId < 1)
        return connection.respond(HttpResponse::error(400, QStringLiteral("invalid_field"),
                                                      tr("Say which band with ?band=<number>.")),
                                  true);
    const QString token = SessionCookie::tokenFrom(request.header("cookie"));
    if (token.isEmpty())
        return connection.respond(HttpResponse::fromApi(ApiRunner::notSignedIn()), true);
    QPointer<HttpConnection> target(&connection);
    m_data.post([this, token, bandId, target](WorkerServices& services) {
        auto identity = identify(services, token, bandId);
        QMetaObject::invokeMethod(
            this,
            [this, target, identity = std::move(identity)] {
                if (!target || m_stopped)
                    return;
                if (const ApiReply* refusal = std::get_if<ApiReply>(&identity))
                    return target->respond(HttpResponse::fromApi(*refusal), true);
                QTcpSocket* socket = target->detach();
                if (!socket)
                    return target->respond(
                        HttpResponse::error(400, QStringLiteral("invalid_request"),
                                            tr("Open the WebSocket on a connection of its own.")),
                        true);
                m_hub->adopt(socket, std::get<HubIdentity>(identity));
            },
            Qt::QueuedConnection);
    });
}

} // namespace oscalis::web
