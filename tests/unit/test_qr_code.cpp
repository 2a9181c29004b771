// The QR encoder behind the "Invite bandmates" panel: the symbol's size follows its version, the
// image is square, black on white, with the quiet zone, and the same link always draws the same.
#include "ui/web/QrCode.h"

#include <QtTest>

using oscalis::ui::QrCode;

class TestQrCode : public QObject {
    Q_OBJECT

    static const QString kLink;

    /// A finder pattern: a dark 7×7 ring, a light ring inside, a dark 3×3 centre.
    static bool finderAt(const QrCode& code, int left, int top) {
        for (int y = 0; y < 7; ++y) {
            for (int x = 0; x < 7; ++x) {
                const int ring = std::min({x, y, 6 - x, 6 - y});
                if (code.isDark(left + x, top + y) != (ring != 1))
                    return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void matrixSizeFollowsTheVersion() {
        // Level M holds 14 bytes in version 1 and 26 in version 2 (ISO/IEC 18004, table 7);
        // lower-case letters are bytes, not alphanumerics.
        const QrCode fits(QStringLiteral("abcdefghijklmn"));
        QCOMPARE(fits.version(), 1);
        QCOMPARE(fits.size(), 21);
        const QrCode oneMore(QStringLiteral("abcdefghijklmno"));
        QCOMPARE(oneMore.version(), 2);
        QCOMPARE(oneMore.size(), 25);

        const QrCode link(kLink);
        QVERIFY2(!link.isNull(), qPrintable(link.errorString()));
        QVERIFY(link.version() >= 3);
        QCOMPARE(link.size(), 17 + 4 * link.version());
        // The three finder patterns sit in their corners: a scanner's first clue.
        QVERIFY(finderAt(link, 0, 0));
        QVERIFY(finderAt(link, link.size() - 7, 0));
        QVERIFY(finderAt(link, 0, link.size() - 7));
        QVERIFY(!link.isDark(-1, 0));
        QVERIFY(!link.isDark(link.size(), 0));
    }

    void imageIsSquareWithTheQuietZone() {
        const QrCode code(kLink);
        const int module = 5;
        const QImage image = code.image(module);
        const int side = (code.size() + 2 * QrCode::kQuietZone) * module;
        QCOMPARE(image.width(), side);
        QCOMPARE(image.height(), side);
        QCOMPARE(code.sizeWithQuietZone() * module, side);
        const int quiet = QrCode::kQuietZone * module;
        for (int y = 0; y < side; ++y) {
            for (int x = 0; x < side; ++x) {
                const bool inQuietZone =
                    x < quiet || y < quiet || x >= side - quiet || y >= side - quiet;
                const QRgb pixel = image.pixel(x, y);
                if (inQuietZone) {
                    QVERIFY2(pixel == qRgb(255, 255, 255), "the quiet zone is white");
                    continue;
                }
                // Every pixel is pure black or pure white, and matches its module.
                const bool dark = code.isDark((x - quiet) / module, (y - quiet) / module);
                QCOMPARE(pixel, dark ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
            }
        }
        QCOMPARE(code.moduleSizeToFit(side), module);
        QCOMPARE(code.moduleSizeToFit(side - 1), module - 1);
        QCOMPARE(code.moduleSizeToFit(3), 1);
    }

    void sameTextSameImage() {
        const QImage first = QrCode(kLink).image(4);
        QCOMPARE(QrCode(kLink).image(4), first);
        const QString other =
            QString(kLink).replace(QStringLiteral("K7QM4XPA"), QStringLiteral("K7QM4XPB"));
        QVERIFY(QrCode(other).image(4) != first);
    }

    void refusesWhatCannotBeEncoded() {
        const QrCode empty{QString()};
        QVERIFY(empty.isNull());
        QVERIFY(!empty.errorString().isEmpty());
        QVERIFY(empty.image(4).isNull());
        const QrCode huge(QString(4000, QLatin1Char('x'))); // version 40-M holds 2331 bytes
        QVERIFY(huge.isNull());
        QVERIFY(huge.errorString().contains(QStringLiteral("too long")));
    }
};

const QString TestQrCode::kLink = QStringLiteral("https://192.168.1.20:8443/?invite=K7QM4XPA");

QTEST_GUILESS_MAIN(TestQrCode)
#include "test_qr_code.moc"
