#pragma once

#include <QByteArray>
#include <QString>

namespace oscalis::web {

/// The session cookie of docs/API.md ("Transport"): its name, lifetime and attributes, reading
/// the token out of a Cookie header. Stateless; any thread.
class SessionCookie {
public:
    static constexpr const char* kName = "oscalis_session";
    static constexpr qint64 kLifetimeSecs = 30LL * 24 * 60 * 60;

    /// The token in a request's `Cookie` header, or empty.
    static QString tokenFrom(const QByteArray& cookieHeader);
    /// `Set-Cookie` value that stores token; `Secure` unless on plain (loopback) HTTP.
    static QByteArray set(const QString& token, bool secure);
    /// `Set-Cookie` value that makes the browser forget the cookie.
    static QByteArray clear(bool secure);
};

} // namespace oscalis::web
