#include "web/AccountRoutes.h"

#include "store/UserRepository.h"
#include "web/MeView.h"
#include "web/SessionCookie.h"
#include "web/WorkerServices.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace oscalis::web {

namespace {

ApiReply missing(const QString& field) {
    return ApiReply::error(400, QStringLiteral("invalid_field"),
                           AccountRoutes::tr("Please fill in “%1”.").arg(field), field);
}

/// A text field of the body, or nullopt (with the reply to send) when it is absent.
std::optional<QString> field(const ApiCall& call, const char* name,
                             std::optional<ApiReply>& refusal) {
    const QJsonValue v = call.body.toObject().value(QLatin1String(name));
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        if (!refusal)
            refusal = missing(QLatin1String(name));
        return std::nullopt;
    }
    return v.toString();
}

/// Opens a session for a person who just proved who they are: the me body and the cookie.
ApiOutcome signIn(WorkerServices& services, const ApiCall& call, qint64 userId, int status) {
    auto user = store::UserRepository(services.db()).find(userId);
    if (!user.ok())
        return ApiReply::fromError(user.error());
    auto created =
        services.sessions().create(userId, AccountRoutes::deviceName(call.userAgent),
                                   QDateTime::currentDateTimeUtc(), SessionCookie::kLifetimeSecs);
    if (!created.ok())
        return ApiReply::fromError(created.error());
    auto body = MeView::build(services.db(), *user);
    if (!body.ok())
        return ApiReply::fromError(body.error());
    return {ApiReply::json(*body, status),
            {{"Set-Cookie", SessionCookie::set(created->token, call.secure)}}};
}

} // namespace

QString AccountRoutes::deviceName(const QString& userAgent) {
    // Order matters: Edge and Chrome also say "Safari"; Android also says "Linux".
    static const std::pair<const char*, const char*> browsers[] = {
        {"Firefox/", "Firefox"}, {"Edg/", "Edge"}, {"Chrome/", "Chrome"}, {"Safari/", "Safari"}};
    static const std::pair<const char*, const char*> systems[] = {
        {"Android", "Android"}, {"iPhone", "iPhone"}, {"iPad", "iPad"},  {"Windows", "Windows"},
        {"Mac OS", "macOS"},    {"CrOS", "ChromeOS"}, {"Linux", "Linux"}};
    QString browser = tr("A browser");
    for (const auto& [token, name] : browsers) {
        if (userAgent.contains(QLatin1String(token))) {
            browser = QLatin1String(name);
            break;
        }
    }
    for (const auto& [token, name] : systems)
        if (userAgent.contains(QLatin1String(token)))
            return tr("%1 on %2").arg(browser, QLatin1String(name));
    return browser;
}

ApiOutcome AccountRoutes::login(WorkerServices& services, const ApiCall& call) {
    std::optional<ApiReply> refusal;
    const auto username = field(call, "username", refusal);
    const auto password = field(call, "password", refusal);
    if (refusal)
        return *refusal;
    auto actor = services.accounts().login(*username, *password, call.peerAddress);
    if (!actor.ok()) {
        const store::Error& e = actor.error();
        if (e.kind == store::Error::Kind::Throttled) {
            // The same account key AccountService::login throttles on.
            const QString account =
                username->trimmed().left(store::UserRepository::kUsernameMax + 1);
            const qint64 waitMs = services.accounts().throttle().waitMs(account, call.peerAddress);
            const QByteArray seconds =
                QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000));
            return {ApiReply::fromError(e), {{"Retry-After", seconds}}};
        }
        if (e.kind == store::Error::Kind::Denied)
            return ApiReply::error(401, QStringLiteral("bad_credentials"), e.message);
        return ApiReply::fromError(e);
    }
    return signIn(services, call, actor->userId, 200);
}

ApiOutcome AccountRoutes::registerUser(WorkerServices& services, const ApiCall& call) {
    std::optional<ApiReply> refusal;
    const auto username = field(call, "username", refusal);
    const auto password = field(call, "password", refusal);
    const auto inviteCode = field(call, "inviteCode", refusal);
    if (refusal)
        return *refusal;
    const QString displayName =
        call.body.toObject().value(QStringLiteral("displayName")).toString();
    if (store::Status s = store::UserRepository::checkUsername(username->trimmed()); !s.ok())
        return ApiReply::error(400, QStringLiteral("invalid_field"), s.error().message,
                               QStringLiteral("username"));
    if (store::Status s = auth::PasswordHasher::checkPolicy(*password); !s.ok())
        return ApiReply::error(400, QStringLiteral("invalid_field"), s.error().message,
                               QStringLiteral("password"));
    auto user = services.accounts().registerUser(*username, displayName, *password, *inviteCode);
    if (!user.ok()) {
        // A wrong code is the only thing registration looks up and does not find.
        if (user.error().kind == store::Error::Kind::NotFound)
            return ApiReply::error(400, QStringLiteral("invalid_field"), user.error().message,
                                   QStringLiteral("inviteCode"));
        return ApiReply::fromError(user.error());
    }
    return signIn(services, call, user->id, 201);
}

ApiOutcome AccountRoutes::logout(WorkerServices& services, const ApiCall& call) {
    store::Status s =
        services.sessions().revoke(call.actor, call.sessionId, QDateTime::currentDateTimeUtc());
    if (!s.ok())
        return ApiReply::fromError(s.error());
    return {ApiReply::noContent(), {{"Set-Cookie", SessionCookie::clear(call.secure)}}};
}

ApiOutcome AccountRoutes::me(WorkerServices& services, const ApiCall& call) {
    auto body = MeView::build(services.db(), call.user);
    if (!body.ok())
        return ApiReply::fromError(body.error());
    return ApiReply::json(*body);
}

ApiOutcome AccountRoutes::sessions(WorkerServices& services, const ApiCall& call) {
    auto list = services.sessions().listForUser(call.actor.userId);
    if (!list.ok())
        return ApiReply::fromError(list.error());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonArray out;
    for (const store::Session& s : *list) {
        if (!s.revokedAt.isEmpty() || s.expiresAt <= now)
            continue;
        out.append(QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("device"), s.device},
                               {QStringLiteral("createdAt"), s.createdAt},
                               {QStringLiteral("lastSeen"), s.lastSeen},
                               {QStringLiteral("expiresAt"), s.expiresAt},
                               {QStringLiteral("current"), s.id == call.sessionId}});
    }
    return ApiReply::json(out);
}

ApiOutcome AccountRoutes::endSession(WorkerServices& services, const ApiCall& call) {
    const qint64 id = call.id(QStringLiteral("id"));
    auto list = services.sessions().listForUser(call.actor.userId);
    if (!list.ok())
        return ApiReply::fromError(list.error());
    const bool own = std::any_of(list->begin(), list->end(), [id](const store::Session& s) {
        return s.id == id && s.revokedAt.isEmpty();
    });
    if (!own)
        return ApiReply::error(404, QStringLiteral("not_found"),
                               tr("You have no open session with this number."));
    store::Status s = services.sessions().revoke(call.actor, id, QDateTime::currentDateTimeUtc());
    if (!s.ok())
        return ApiReply::fromError(s.error());
    ApiOutcome ended = ApiReply::noContent();
    if (id == call.sessionId)
        ended.headers = {{"Set-Cookie", SessionCookie::clear(call.secure)}};
    ended.endedSession = id; // its browser's WebSockets close, as when the desktop ends it
    return ended;
}

} // namespace oscalis::web
