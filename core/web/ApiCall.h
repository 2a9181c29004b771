#pragma once

#include "auth/Actor.h"
#include "store/User.h"
#include "web/api/ApiReply.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace oscalis::web {

/// What an API route handler gets on the worker thread: the parsed request, and for routes that
/// need a session the caller as the database knows them now. A plain value, filled on the
/// network thread (request part) and on the worker (caller part).
struct ApiCall {
    QHash<QString, QString> params; ///< path parameters by name ("bandId" -> "3")
    QUrlQuery query;
    QJsonValue body;      ///< the parsed JSON body (null when there is none)
    QString baseUrl;      ///< how the caller reached the server ("https://studio.local:8443")
    QString peerAddress;  ///< the browser's IP address, for sign-in throttling
    QString userAgent;    ///< names the session's device
    QString sessionToken; ///< from the cookie; empty when none was sent
    bool secure = false;  ///< over TLS (the cookie is then `Secure`)

    // Filled on the worker for routes that need a session.
    auth::Actor actor;
    qint64 sessionId = 0;
    store::User user;

    /// A path parameter that names a row: a positive number, or 0 when it is not one.
    qint64 id(const QString& name) const {
        bool ok = false;
        const qint64 v = params.value(name).toLongLong(&ok);
        return ok && v > 0 ? v : 0;
    }
};

/// An API handler's answer and the headers that go with it (Set-Cookie, Retry-After).
struct ApiOutcome {
    ApiReply reply;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// A session the call ended: the network thread closes its WebSockets (Hub::closeSession).
    qint64 endedSession = 0;

    ApiOutcome(ApiReply r) : reply(std::move(r)) {}
    ApiOutcome(ApiReply r, QList<QPair<QByteArray, QByteArray>> h)
        : reply(std::move(r)), headers(std::move(h)) {}
};

} // namespace oscalis::web
