#include "web/HttpConnection.h"

#include "util/LogCategories.h"

#include <QCoreApplication>

namespace oscalis::web {

namespace {
/// A client that keeps sending while its request is being answered is dropped past this.
constexpr qint64 kMaxUnreadBytes = 256 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, bool secure, Timing timing, Handler handler,
                               QObject* parent)
    : QObject(parent), m_socket(socket), m_secure(secure), m_timing(timing),
      m_handler(std::move(handler)) {
    socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcWeb) << "connection error:"
                           << (m_socket ? m_socket->errorString() : QString());
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    m_timer.start(m_timing.idleMs);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead() {
    if (!m_socket || m_closing)
        return;
    if (m_busy) {
        if (m_socket->bytesAvailable() > kMaxUnreadBytes)
            m_socket->abort();
        return;
    }
    if (!m_socket->isTransactionStarted()) {
        m_carriedOver = m_parser.buffered() > 0;
        m_socket->startTransaction();
    }
    if (m_parser.buffered() == 0 && m_socket->bytesAvailable() > 0)
        m_timer.start(m_timing.requestMs); // a request begins: it must complete in time
    m_parser.append(m_socket->readAll());
    processBuffered();
}

void HttpConnection::processBuffered() {
    if (!m_socket || m_busy || m_closing)
        return;
    switch (m_parser.parse()) {
    case HttpParser::State::NeedMore:
        return;
    case HttpParser::State::Failed: {
        const auto& f = m_parser.failure();
        m_busy = true;
        respond(HttpResponse::error(f.status, f.code, f.message), true);
        return;
    }
    case HttpParser::State::Complete:
        break;
    }
    HttpRequest request = m_parser.take();
    request.secure = m_secure;
    request.peer = m_socket->peerAddress();
    m_keepAlive = request.keepAlive();
    m_busy = true;
    m_timer.stop();
    const bool upgrade = request.headerHasToken("connection", "upgrade");
    // An upgrade keeps its bytes in the transaction for the WebSocket handshake; anything else
    // is consumed now (what follows it stays in the parser).
    if (!upgrade && m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_handler(*this, std::move(request));
}

void HttpConnection::respond(const HttpResponse& response, bool close) {
    if (!m_socket || !m_busy)
        return;
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    const bool keep = m_keepAlive && !close;
    m_socket->write(response.serialize(m_secure, keep));
    m_busy = false;
    if (!keep) {
        closeAfterWrite();
        return;
    }
    m_timer.start(m_timing.idleMs);
    if (m_parser.buffered() > 0 || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

QTcpSocket* HttpConnection::detach() {
    if (!m_socket || !m_busy || m_carriedOver || m_parser.buffered() > 0 ||
        !m_socket->isTransactionStarted())
        return nullptr;
    m_socket->rollbackTransaction();
    QTcpSocket* socket = m_socket;
    socket->disconnect(this);
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr);
    m_socket = nullptr;
    m_timer.stop();
    deleteLater();
    return socket;
}

void HttpConnection::onTimeout() {
    if (!m_socket)
        return;
    if (m_parser.buffered() > 0 && !m_busy) {
        m_busy = true;
        respond(HttpResponse::error(
                    408, QStringLiteral("timeout"),
                    QCoreApplication::translate("web", "The request took too long to arrive.")),
                true);
        return;
    }
    if (!m_busy)
        closeAfterWrite();
}

void HttpConnection::closeAfterWrite() {
    m_closing = true;
    m_timer.stop();
    if (m_socket)
        m_socket->disconnectFromHost(); // after the pending bytes are written
    // A peer that never reads its answer must not hold the connection forever.
    QTimer::singleShot(5000, this, [this] {
        if (m_socket)
            m_socket->abort();
        deleteLater();
    });
}

} // namespace oscalis::web
