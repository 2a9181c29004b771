#include "web/HttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace oscalis::web {

namespace {
const QByteArray kJsonType = QByteArrayLiteral("application/json; charset=utf-8");
}

const HttpResponse::Headers& HttpResponse::securityHeaders() {
    static const Headers headers{
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
         "media-src 'self' blob:; connect-src 'self'; worker-src 'self'; frame-ancestors 'none'; "
         "base-uri 'none'; form-action 'self'"},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
    };
    return headers;
}

QByteArray HttpResponse::reasonPhrase(int status) {
    static const std::map<int, QByteArray> phrases{
        {101, "Switching Protocols"},
        {200, "OK"},
        {201, "Created"},
        {204, "No Content"},
        {304, "Not Modified"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {411, "Length Required"},
        {413, "Content Too Large"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {503, "Service Unavailable"},
    };
    const auto it = phrases.find(status);
    return it == phrases.end() ? QByteArray("Unknown") : it->second;
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value) {
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray& name) const {
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpResponse HttpResponse::fromApi(const ApiReply& reply, const Headers& extra) {
    HttpResponse r;
    r.status = reply.status;
    if (!reply.contentType.isEmpty()) {
        r.setHeader("Content-Type", reply.contentType);
        r.body = reply.raw;
    } else if (reply.status != 204) {
        r.setHeader("Content-Type", kJsonType);
        r.body = reply.body.isArray()
                     ? QJsonDocument(reply.body.toArray()).toJson(QJsonDocument::Compact)
                     : QJsonDocument(reply.body.toObject()).toJson(QJsonDocument::Compact);
    }
    r.setHeader("Cache-Control", "no-store");
    for (const auto& h : extra)
        r.headers.append(h);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message) {
    return fromApi(ApiReply::error(status, code, message));
}

QByteArray HttpResponse::serialize(bool secure, bool keepAlive) const {
    QByteArray out;
    out.reserve(body.size() + 1024);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& h : securityHeaders())
        out += h.first + ": " + h.second + "\r\n";
    if (secure)
        out += "Strict-Transport-Security: max-age=31536000\r\n";
    for (const auto& h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (status != 204 && status != 304 && status >= 200)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace oscalis::web
