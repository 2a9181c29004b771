#pragma once

#include "auth/PasswordHasher.h"
#include "util/Clock.h"

#include <QHostAddress>
#include <QString>

namespace oscalis::web {

/// How WebServer runs: the command line's choices (port, plain loopback, certificate files)
/// and the knobs tests turn (address, connection cap, timeouts, hashing cost). A plain value.
struct WebServerOptions {
    /// The band database file, shared with the desktop (each thread opens its own connection).
    QString databasePath;
    /// 0 picks a free port (tests); the app uses 8443 unless told otherwise.
    quint16 port = 8443;
    /// Plain HTTP on 127.0.0.1 instead of HTTPS (tests and end-to-end runs only).
    bool plainLoopback = false;
    /// The user's own certificate and key (PEM); both empty: Oscalis makes and keeps its own.
    QString certificateFile;
    QString keyFile;
    /// Where the generated certificate is kept; empty: <AppDataLocation>/web.
    QString tlsFolder;
    /// Where to listen with TLS; Any (every interface) unless a test narrows it.
    QHostAddress address = QHostAddress::Any;
    int maxConnections = 256;
    int idleTimeoutMs = 60 * 1000;
    int requestTimeoutMs = 30 * 1000;
    /// The browser client's resources.
    QString staticRoot = QStringLiteral(":/web");
    auth::PasswordHasher::Cost hasherCost = auth::PasswordHasher::Cost::interactive();
    /// For the sign-in throttle and the WebSocket rate limit; must outlive the server and be safe
    /// to read from its threads.
    const util::Clock* clock = &util::Clock::steady();
};

} // namespace oscalis::web
