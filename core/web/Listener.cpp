#include "web/Listener.h"

#include "util/LogCategories.h"
#include "web/HttpResponse.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace oscalis::web {

namespace {
constexpr int kHandshakeTimeoutMs = 10 * 1000;
}

Listener::Listener(int maxConnections, QObject* parent) : QObject(parent), m_max(maxConnections) {}

quint16 Listener::port() const {
    return m_server ? m_server->serverPort() : 0;
}

bool Listener::listen(const QHostAddress& address, quint16 port,
                      const std::optional<QSslConfiguration>& tls) {
    close();
    if (!tls && !address.isLoopback()) {
        m_error = QCoreApplication::translate(
            "web", "Plain HTTP is only allowed on this computer's own address (127.0.0.1).");
        return false;
    }
    if (tls) {
        auto* ssl = new QSslServer(this);
        ssl->setSslConfiguration(*tls);
        ssl->setHandshakeTimeout(kHandshakeTimeoutMs);
        connect(ssl, &QSslServer::errorOccurred, this,
                [](QSslSocket* s, QAbstractSocket::SocketError) {
                    qCDebug(lcWeb) << "TLS connection failed:" << s->errorString();
                });
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    m_secure = tls.has_value();
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &Listener::onNewConnection);
    if (!m_server->listen(address, port)) {
        const auto error = m_server->serverError();
        if (error == QAbstractSocket::AddressInUseError)
            m_error = QCoreApplication::translate(
                          "web", "Port %1 is already used by another program. Choose another port "
                                 "with --web-port.")
                          .arg(port);
        else if (error == QAbstractSocket::SocketAccessError)
            m_error = QCoreApplication::translate(
                          "web", "Oscalis may not listen on port %1 (ports below 1024 need "
                                 "administrator rights). Choose another port with --web-port.")
                          .arg(port);
        else
            m_error = QCoreApplication::translate(
                          "web", "The web server could not listen on %1 port %2: %3")
                          .arg(address.toString())
                          .arg(port)
                          .arg(m_server->errorString());
        delete m_server;
        return false;
    }
    m_error.clear();
    return true;
}

void Listener::close() {
    if (m_server) {
        m_server->close();
        delete m_server;
    }
}

void Listener::onNewConnection() {
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            return;
        if (m_open >= m_max) {
            refuse(socket);
            continue;
        }
        ++m_open;
        // Qt leaves Nagle on for accepted sockets: small frames (live audio, the remote) would
        // wait for the previous one's acknowledgement.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        Q_EMIT accepted(socket, m_secure);
    }
}

void Listener::refuse(QTcpSocket* socket) {
    const HttpResponse busy =
        HttpResponse::error(503, QStringLiteral("busy"),
                            QCoreApplication::translate(
                                "web", "The studio computer has too many connections right now. "
                                       "Please try again in a minute."));
    socket->setParent(this);
    socket->write(busy.serialize(m_secure, false));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    QTimer::singleShot(5000, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

} // namespace oscalis::web
