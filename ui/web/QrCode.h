#pragma once

#include <QImage>
#include <QString>

#include <vector>

namespace oscalis::ui {

/// A QR code for a short text such as a join link, encoded by libqrencode at error-correction
/// level M (a phone still reads it with a smudge or a glare on the screen), in 8-bit mode, at the
/// smallest version the text fits in. Drawn as a crisp black-on-white image with whole pixels per
/// module and the four-module quiet zone scanners need, whatever the theme.
/// A plain value: build and read it on any thread.
class QrCode {
public:
    /// Light modules around the symbol on each side, as the standard asks.
    static constexpr int kQuietZone = 4;

    /// Encodes text as UTF-8. isNull() when it cannot (empty or too long); errorString() says why.
    explicit QrCode(const QString& text);

    bool isNull() const { return m_size == 0; }
    const QString& text() const { return m_text; }
    const QString& errorString() const { return m_error; }
    /// 1 to 40; 0 when null.
    int version() const { return m_version; }
    /// Modules per side, without the quiet zone: 17 + 4 × version.
    int size() const { return m_size; }
    /// Whether the module at column x, row y (from the symbol's top-left corner) is dark.
    bool isDark(int x, int y) const;
    /// Modules per side with the quiet zone on both sides.
    int sizeWithQuietZone() const { return m_size + 2 * kQuietZone; }
    /// The largest whole number of pixels per module that fits the code, quiet zone included, in
    /// a square of side pixels (at least 1).
    int moduleSizeToFit(int side) const;
    /// Black modules on white, moduleSize pixels each, quiet zone included: a square image of
    /// sizeWithQuietZone() × moduleSize pixels. A null image when isNull().
    QImage image(int moduleSize) const;

private:
    QString m_text;
    QString m_error;
    int m_version = 0;
    int m_size = 0;
    std::vector<bool> m_dark; ///< row by row, m_size × m_size
};

} // namespace oscalis::ui
