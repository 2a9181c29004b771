#include "web/WebSocketFrame.h"

namespace oscalis::web {

QByteArray WebSocketFrame::text(const QByteArray& utf8) {
    const quint64 length = quint64(utf8.size());
    QByteArray frame;
    frame.reserve(utf8.size() + 10);
    frame.append(char(0x81)); // FIN, text
    if (length < 126) {
        frame.append(char(length));
    } else if (length <= 0xFFFF) {
        frame.append(char(126));
        frame.append(char(length >> 8));
        frame.append(char(length & 0xFF));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((length >> shift) & 0xFF));
    }
    frame.append(utf8);
    return frame;
}

} // namespace oscalis::web
