#pragma once

#include "web/HttpRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace oscalis::web {

/// Reads HTTP/1.1 requests out of a byte stream, one after the other (keep-alive, pipelining),
/// within fixed limits: the request line and headers at most kMaxHeaderBytes, bodies only with
/// Content-Length and at most kMaxBodyBytes. Refuses what it does not accept with the status and
/// the plain words to send back (431, 413, 411, 400). Owner: one HttpConnection; network thread.
class HttpParser {
    Q_DECLARE_TR_FUNCTIONS(HttpParser)

public:
    static constexpr int kMaxHeaderBytes = 16 * 1024;
    static constexpr int kMaxBodyBytes = 64 * 1024;

    enum class State { NeedMore, Complete, Failed };
    struct Failure {
        int status = 400;
        QString code;
        QString message;
    };

    /// Appends bytes from the socket.
    void append(const QByteArray& bytes) { m_buffer.append(bytes); }
    /// Tries to read one request from what has been appended.
    State parse();
    /// The request parse() completed; the parser is then ready for the next one.
    HttpRequest take();
    /// Why parse() failed; after a failure the stream is out of step and must be closed.
    const Failure& failure() const { return m_failure; }
    /// Bytes received and not yet part of a taken request.
    qsizetype buffered() const { return m_buffer.size(); }

private:
    State fail(int status, const char* code, const QString& message);
    State parseHead(qsizetype headEnd);

    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_headBytes = -1; ///< size of the head once read, -1 while still reading it
    qsizetype m_bodyBytes = 0;
    Failure m_failure;
};

} // namespace oscalis::web
