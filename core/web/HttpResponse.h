#pragma once

#include "web/api/ApiReply.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace oscalis::web {

/// One HTTP response before it is written: status, extra headers, body. serialize() adds what
/// every answer carries (the security headers of docs/API.md, Content-Length, Connection).
/// A plain value; network thread.
struct HttpResponse {
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    int status = 200;
    Headers headers;
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    /// An API answer: JSON (or the reply's raw bytes with their type) plus extra headers.
    static HttpResponse fromApi(const ApiReply& reply, const Headers& extra = {});
    /// `{"error": {"code", "message"}}` with this status.
    static HttpResponse error(int status, const QString& code, const QString& message);

    /// The bytes on the wire. secure adds Strict-Transport-Security; keepAlive says
    /// `Connection: keep-alive` or `close`.
    QByteArray serialize(bool secure, bool keepAlive) const;

    /// "Not Found" for 404, and so on.
    static QByteArray reasonPhrase(int status);
    /// The security headers every answer carries (without HSTS), in order.
    static const Headers& securityHeaders();
};

} // namespace oscalis::web
