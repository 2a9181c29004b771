#include "web/HttpParser.h"

#include <QCoreApplication>
#include <QUrl>

#include <string_view>
#include <utility>

namespace oscalis::web {

namespace {

const QByteArray kHeadEnd = QByteArrayLiteral("\r\n\r\n");

bool isToken(const QByteArray& s) {
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') ||
                        std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray& s) {
    if (s.isEmpty() || s.size() > 18)
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

HttpParser::State HttpParser::fail(int status, const char* code, const QString& message) {
    m_failure = {status, QString::fromLatin1(code), message};
    return State::Failed;
}

HttpParser::State HttpParser::parse() {
    if (m_headBytes < 0) {
        const qsizetype end = m_buffer.indexOf(kHeadEnd);
        if (end < 0 || end + kHeadEnd.size() > kMaxHeaderBytes) {
            if (m_buffer.size() > kMaxHeaderBytes || end >= 0)
                return fail(
                    431, "headers_too_large",
                    tr("The request's headers are larger than 16 KiB. Clear the site's cookies "
                       "and try again."));
            return State::NeedMore;
        }
        if (State s = parseHead(end); s == State::Failed)
            return s;
    }
    if (m_buffer.size() < m_headBytes + m_bodyBytes)
        return State::NeedMore;
    m_request.body = m_buffer.mid(m_headBytes, m_bodyBytes);
    return State::Complete;
}

HttpParser::State HttpParser::parseHead(qsizetype headEnd) {
    // Every line ends with CRLF; the last one's is the start of the blank line at headEnd.
    const QList<QByteArray> lines = (m_buffer.left(headEnd) + "\r").split('\n');
    HttpRequest r;
    const QList<QByteArray> first = lines.front().trimmed().split(' ');
    if (first.size() != 3 || !isToken(first[0]) || !first[1].startsWith('/') ||
        (first[2] != "HTTP/1.1" && first[2] != "HTTP/1.0"))
        return fail(400, "invalid_request",
                    tr("This is not an HTTP/1.1 request this server understands."));
    r.method = first[0];
    r.target = first[1];
    r.version = first[2];
    const qsizetype q = r.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? r.target : r.target.left(q);
    r.path = QUrl::fromPercentEncoding(rawPath);
    if (r.path.contains(QChar(0)))
        return fail(400, "invalid_request",
                    tr("The address holds characters this server refuses."));
    if (q >= 0)
        r.query.setQuery(QString::fromUtf8(r.target.mid(q + 1)));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        if (!line.endsWith('\r'))
            return fail(400, "invalid_request", tr("A header line of the request is malformed."));
        const QByteArray content = line.chopped(1);
        const qsizetype colon = content.indexOf(':');
        // A name with spaces or an indented continuation line is refused (RFC 9112, 5.1 and 5.2).
        if (colon <= 0 || !isToken(content.left(colon)))
            return fail(400, "invalid_request", tr("A header line of the request is malformed."));
        r.headers.append({content.left(colon).toLower(), content.mid(colon + 1).trimmed()});
    }
    if (r.hasHeader("transfer-encoding"))
        return fail(
            411, "length_required",
            tr("Send the request body with a Content-Length; chunked bodies are not accepted."));

    qsizetype length = 0;
    bool seen = false;
    for (const auto& h : r.headers) {
        if (h.first != "content-length")
            continue;
        if (!isDigits(h.second))
            return fail(400, "invalid_request",
                        tr("The request's Content-Length is not a number."));
        const qsizetype n = h.second.toLongLong();
        if (seen && n != length)
            return fail(400, "invalid_request",
                        tr("The request has two different Content-Length headers."));
        length = n;
        seen = true;
    }
    if (length > kMaxBodyBytes)
        return fail(413, "body_too_large", tr("The request body is larger than 64 KiB."));
    if (r.version == "HTTP/1.1" && !r.hasHeader("host"))
        return fail(400, "invalid_request", tr("The request has no Host header."));

    m_request = std::move(r);
    m_headBytes = headEnd + kHeadEnd.size();
    m_bodyBytes = length;
    return State::NeedMore;
}

HttpRequest HttpParser::take() {
    m_buffer.remove(0, m_headBytes + m_bodyBytes);
    m_headBytes = -1;
    m_bodyBytes = 0;
    return std::exchange(m_request, HttpRequest());
}

} // namespace oscalis::web
