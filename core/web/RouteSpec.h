#pragma once

#include "web/ApiCall.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace oscalis::web {

class WorkerServices;

/// One row of the route table (docs/API.md): method, path pattern with `{name}` parameters, what
/// kind of route it is and what it needs. API handlers run on a web worker thread with that
/// worker's services. A plain value; built once, read on any thread.
struct RouteSpec {
    enum class Kind {
        Static,  ///< a file of the browser client, served on the network thread
        Upgrade, ///< the WebSocket upgrade (GET /ws)
        Api,     ///< a JSON API call, answered on a worker thread
    };
    enum class Access {
        Public,     ///< no session needed (sign-in, registration, calendar feed by token)
        Session,    ///< a valid session cookie
        BandMember, ///< a session and active membership of the band `{bandId}` of the path
    };
    enum class Lane {
        Data,    ///< the worker for reads and writes
        Hashing, ///< the worker that may spend 0.1 s hashing a password (sign-in, registration)
    };
    using Handler = std::function<ApiOutcome(WorkerServices&, const ApiCall&)>;

    QByteArray method;
    QString pattern;
    Kind kind = Kind::Api;
    Access access = Access::Session;
    Lane lane = Lane::Data;
    Handler handler;

    /// "GET /api/me", as docs/API.md writes it.
    QString heading() const { return QString::fromLatin1(method) + QLatin1Char(' ') + pattern; }
};

} // namespace oscalis::web
