#pragma once

#include <QByteArray>

namespace oscalis::web {

/// Builds the bytes of one unfragmented, unmasked WebSocket text frame (RFC 6455 §5.2), as a
/// server sends it. A chat fan-out builds the frame once and writes the same bytes to every
/// connection, instead of QWebSocket::sendTextMessage converting and framing the message again
/// for each one. Any thread.
class WebSocketFrame {
public:
    /// FIN + opcode 1 (text), the payload length in 7, 7+16 or 7+64 bits, then utf8 as it is.
    static QByteArray text(const QByteArray& utf8);
};

} // namespace oscalis::web
