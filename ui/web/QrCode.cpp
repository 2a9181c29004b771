#include "ui/web/QrCode.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

namespace oscalis::ui {

QrCode::QrCode(const QString& text) : m_text(text) {
    if (text.isEmpty()) {
        m_error = QCoreApplication::translate("oscalis", "There is nothing to put in a QR code.");
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    // Version 0: the smallest that fits; case-sensitive, or a link's path would be upper-cased.
    const std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    if (!code) {
        m_error =
            errno == ERANGE
                ? QCoreApplication::translate("oscalis", "This text is too long for a QR code.")
                : QCoreApplication::translate("oscalis", "The QR code could not be made: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_version = code->version;
    m_size = code->width;
    m_dark.resize(std::size_t(m_size) * std::size_t(m_size));
    // libqrencode's byte per module: bit 0 is the colour (1 = dark), the others say what it is.
    for (std::size_t i = 0; i < m_dark.size(); ++i)
        m_dark[i] = (code->data[i] & 1) != 0;
}

bool QrCode::isDark(int x, int y) const {
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark[std::size_t(y) * std::size_t(m_size) + std::size_t(x)];
}

int QrCode::moduleSizeToFit(int side) const {
    if (isNull())
        return 1;
    return std::max(1, side / sizeWithQuietZone());
}

QImage QrCode::image(int moduleSize) const {
    if (isNull() || moduleSize < 1)
        return {};
    const int side = sizeWithQuietZone() * moduleSize;
    QImage out(side, side, QImage::Format_Grayscale8);
    out.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + kQuietZone) * moduleSize;
            const int top = (y + kQuietZone) * moduleSize;
            for (int row = top; row < top + moduleSize; ++row)
                std::memset(out.scanLine(row) + left, 0, std::size_t(moduleSize));
        }
    }
    return out;
}

} // namespace oscalis::ui
