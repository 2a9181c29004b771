#pragma once

#include "web/HubIdentity.h"
#include "web/RateWindow.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocket>

namespace oscalis::web {

/// One browser's WebSocket: who it is (HubIdentity), its message rate window, and sending JSON.
/// Messages go out as frames built by WebSocketFrame and written straight to the connection
/// under the QWebSocket (wire: the socket whose upgrade made it, TLS or not), so that a fan-out
/// frames a message once for everyone; QWebSocket still reads, answers pings and closes. Both
/// write whole frames synchronously to the same socket, so frames never interleave.
/// Owner: the Hub, on the network thread; owns its QWebSocket; deleted (later) when it closes.
class HubClient : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxMessageBytes = 64 * 1024;
    static constexpr int kMaxMessagesPerSecond = 50;

    HubClient(QWebSocket* socket, QTcpSocket* wire, HubIdentity identity,
              QObject* parent = nullptr);
    ~HubClient() override;

    const HubIdentity& identity() const { return m_identity; }
    qint64 userId() const { return m_identity.actor.userId; }
    qint64 bandId() const { return m_identity.bandId; }
    RateWindow& rate() { return m_rate; }

    /// Sends message now.
    void send(const QJsonObject& message);
    /// Queues a frame made by WebSocketFrame (a fan-out makes it once for everyone); it goes
    /// out at flush() or when the event loop finds the connection writable.
    void queueFrame(const QByteArray& frame);
    /// Writes what is queued to the connection now.
    void flush();
    /// Sends a binary frame (a live audio packet).
    void sendBinary(const QByteArray& data);
    /// Bytes the socket has not written to the network yet (the live audio's back-pressure).
    qint64 bytesToWrite() const;
    /// `{"type": "error", code, message, ref}`.
    void sendError(const QString& code, const QString& message, const QJsonValue& ref = {});
    /// Closes the WebSocket with code and reason (the browser reconnects unless told why not).
    void close(QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeGoingAway,
               const QString& reason = {});

Q_SIGNALS:
    void textReceived(oscalis::web::HubClient* client, const QString& text);
    void binaryReceived(oscalis::web::HubClient* client);
    void gone(oscalis::web::HubClient* client);

private:
    bool open() const;

    QPointer<QWebSocket> m_socket;
    QPointer<QTcpSocket> m_wire;
    HubIdentity m_identity;
    RateWindow m_rate{kMaxMessagesPerSecond};
    bool m_gone = false;
};

} // namespace oscalis::web
