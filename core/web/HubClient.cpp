#include "web/HubClient.h"

#include "web/WebSocketFrame.h"

#include <QJsonDocument>

namespace oscalis::web {

HubClient::HubClient(QWebSocket* socket, QTcpSocket* wire, HubIdentity identity, QObject* parent)
    : QObject(parent), m_socket(socket), m_wire(wire), m_identity(std::move(identity)) {
    socket->setParent(this);
    // Qt's own limit is a backstop that closes the connection; up to it, an oversized message is
    // refused with an error and the connection stays (the Hub checks kMaxMessageBytes).
    socket->setMaxAllowedIncomingMessageSize(16 * kMaxMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(16 * kMaxMessageBytes);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this](const QString& text) { Q_EMIT textReceived(this, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray&) { Q_EMIT binaryReceived(this); });
    connect(socket, &QWebSocket::disconnected, this, [this] {
        if (m_gone)
            return;
        m_gone = true;
        Q_EMIT gone(this);
        deleteLater();
    });
}

HubClient::~HubClient() = default;

bool HubClient::open() const {
    // Not after QWebSocket sent its close frame (it is then closing, not connected).
    return !m_gone && m_socket && m_wire && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HubClient::send(const QJsonObject& message) {
    queueFrame(WebSocketFrame::text(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    flush();
}

void HubClient::queueFrame(const QByteArray& frame) {
    if (open())
        m_wire->write(frame);
}

void HubClient::flush() {
    if (open())
        m_wire->flush();
}

void HubClient::sendBinary(const QByteArray& data) {
    if (m_socket && !m_gone)
        m_socket->sendBinaryMessage(data);
}

qint64 HubClient::bytesToWrite() const {
    return m_socket && !m_gone ? m_socket->bytesToWrite() : 0;
}

void HubClient::sendError(const QString& code, const QString& message, const QJsonValue& ref) {
    QJsonObject e{{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message}};
    if (!ref.isUndefined() && !ref.isNull())
        e.insert(QStringLiteral("ref"), ref);
    send(e);
}

void HubClient::close(QWebSocketProtocol::CloseCode code, const QString& reason) {
    if (m_socket)
        m_socket->close(code, reason);
}

} // namespace oscalis::web
