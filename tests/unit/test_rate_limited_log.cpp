#include "util/LogCategories.h"
#include "util/RateLimitedLog.h"

#include <QtTest>

using namespace oscalis::util;

class TestRateLimitedLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aFloodBecomesOneLinePerInterval() {
        ManualClock clock;
        RateLimitedLog log(lcOsc(), 2000, clock);
        int written = 0;
        QTest::ignoreMessage(QtWarningMsg, "bad datagram"); // exactly one line for the flood
        for (int i = 0; i < 1000; ++i) {
            written += log.warn(QStringLiteral("bad datagram")) ? 1 : 0;
            clock.advance(1);
        }
        QCOMPARE(written, 1);
        QCOMPARE(log.suppressed(), 999);
        clock.advance(2000);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression("bad datagram \\(999 similar problems not shown\\)"));
        QVERIFY(log.warn(QStringLiteral("bad datagram")));
        QCOMPARE(log.total(), qint64(1001));
    }
};

QTEST_GUILESS_MAIN(TestRateLimitedLog)
#include "test_rate_limited_log.moc"
