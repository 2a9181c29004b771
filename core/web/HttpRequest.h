#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace oscalis::web {

/// One parsed HTTP/1.1 request, as HttpParser hands it over. Header names are lower case.
/// A plain value; made and read on the network thread.
struct HttpRequest {
    QByteArray method;
    QByteArray target; ///< the request-target as sent ("/api/songs?q=x")
    QString path;      ///< the target's path, percent-decoded ("/api/songs")
    QUrlQuery query;
    QByteArray version; ///< "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool secure = false; ///< came over TLS
    QHostAddress peer;

    /// The value of the first header with this lower-case name (empty when absent).
    QByteArray header(const QByteArray& lowerName) const {
        for (const auto& h : headers)
            if (h.first == lowerName)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray& lowerName) const {
        for (const auto& h : headers)
            if (h.first == lowerName)
                return true;
        return false;
    }
    /// Whether a header's comma-separated list holds token (case-insensitive), e.g.
    /// `Connection: keep-alive, Upgrade` holds "upgrade".
    bool headerHasToken(const QByteArray& lowerName, const QByteArray& token) const {
        for (const auto& h : headers) {
            if (h.first != lowerName)
                continue;
            for (const QByteArray& part : h.second.split(','))
                if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                    return true;
        }
        return false;
    }
    /// HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 only when asked to keep it.
    bool keepAlive() const {
        if (version == "HTTP/1.0")
            return headerHasToken("connection", "keep-alive");
        return !headerHasToken("connection", "close");
    }
    /// "https" or "http", as the browser sees this server.
    QString scheme() const { return secure ? QStringLiteral("https") : QStringLiteral("http"); }
    /// scheme://host[:port] from the Host header: the address the browser used.
    QString baseUrl() const {
        return scheme() + QStringLiteral("://") + QString::fromLatin1(header("host"));
    }
    /// Whether the Origin header names this very server as the browser reached it (scheme, host
    /// and port of the Host header). False when either header is missing.
    bool sameOrigin() const {
        const QByteArray origin = header("origin");
        return !origin.isEmpty() && hasHeader("host") &&
               QString::fromLatin1(origin).compare(baseUrl(), Qt::CaseInsensitive) == 0;
    }
};

} // namespace oscalis::web
