#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

namespace oscalis::web {

/// The listening socket: HTTPS through QSslServer (TLS done before a connection is handed on),
/// or plain HTTP on a loopback address only. Keeps the number of open connections (WebSockets
/// included, until their socket is gone) under a cap: the next one gets `503 busy` and is closed.
///
/// Owner: NetworkServer, on the network thread.
class Listener : public QObject {
    Q_OBJECT

public:
    Listener(int maxConnections, QObject* parent = nullptr);

    /// Listens with TLS when tls is set, else plain (refused unless address is loopback).
    /// False with errorString() in plain words (port taken, no permission, not loopback).
    bool listen(const QHostAddress& address, quint16 port,
                const std::optional<QSslConfiguration>& tls);
    void close();
    QString errorString() const { return m_error; }
    quint16 port() const;
    int openConnections() const { return m_open; }

Q_SIGNALS:
    /// A connection under the cap, ready for HTTP (TLS already established when secure).
    void accepted(QTcpSocket* socket, bool secure);

private:
    void onNewConnection();
    void refuse(QTcpSocket* socket);

    int m_max;
    int m_open = 0;
    bool m_secure = false;
    QPointer<QTcpServer> m_server;
    QString m_error;
};

} // namespace oscalis::web
