#include "reaper/FaderTaper.h"

#include <QtTest>

#include <cmath>

using namespace oscalis::reaper;

class TestFaderTaper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesReapersKnownPoints() {
        QVERIFY(std::abs(taper::dbToPosition(0.0) - 0.716) < 1e-9);
        QVERIFY(std::abs(taper::dbToPosition(12.0) - 1.0) < 1e-9);
        QCOMPARE(taper::dbToPosition(-std::numeric_limits<double>::infinity()), 0.0);
        QVERIFY(std::isinf(taper::positionToDb(0.0)));
        QVERIFY(std::abs(taper::positionToDb(0.716)) < 1e-9);
    }

    void isMonotonicAndRoundTrips_data() {
        QTest::addColumn<double>("db");
        for (double db : {-90.0, -40.0, -18.0, -6.0, -0.5, 0.0, 3.0, 11.9})
            QTest::newRow(qPrintable(QString::number(db))) << db;
    }
    void isMonotonicAndRoundTrips() {
        QFETCH(double, db);
        const double pos = taper::dbToPosition(db);
        QVERIFY(pos > 0.0 && pos <= 1.0);
        QVERIFY(std::abs(taper::positionToDb(pos) - db) < 1e-6);
        QVERIFY(taper::dbToPosition(db + 0.1) > pos);
    }

    void formatsLikeReaper() {
        QCOMPARE(taper::formatDb(0.0), QStringLiteral("0.00 dB"));
        QCOMPARE(taper::formatDb(-6.0206), QStringLiteral("-6.02 dB"));
        QCOMPARE(taper::formatDb(1.5), QStringLiteral("+1.50 dB"));
        QCOMPARE(taper::formatDb(-200.0), QStringLiteral("-inf dB"));
        QCOMPARE(pan::format(0.5), QStringLiteral("C"));
        QCOMPARE(pan::format(0.25), QStringLiteral("50%L"));
        QCOMPARE(pan::format(1.0), QStringLiteral("100%R"));
    }

    void formatsTimelinePositions() {
        QCOMPARE(timeline::format(0.0), QStringLiteral("0:00.000"));
        QCOMPARE(timeline::format(125.25), QStringLiteral("2:05.250"));
        QCOMPARE(timeline::format(-3.0), QStringLiteral("0:00.000"));
    }

    void metersMapTheRangeOntoZeroToOne() {
        QCOMPARE(meter::dbToValue(-60.0), 0.0);
        QCOMPARE(meter::dbToValue(6.0), 1.0);
        QVERIFY(std::abs(meter::dbToValue(0.0) - 60.0 / 66.0) < 1e-9);
        QVERIFY(std::abs(meter::valueToDb(meter::dbToValue(-12.0)) + 12.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestFaderTaper)
#include "test_fader_taper.moc"
