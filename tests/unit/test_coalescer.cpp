#include "reaper/Coalescer.h"

#include <QtTest>

using namespace oscalis;

class TestCoalescer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstChangeGoesOutAtOnce() {
        util::ManualClock clock;
        std::vector<osc::OscMessage> sent;
        reaper::Coalescer c([&](const osc::OscMessage& m) { sent.push_back(m); }, clock);
        c.submit(1, osc::OscMessage("/track/1/volume", 0.5f));
        QCOMPARE(sent.size(), std::size_t(1));
        QCOMPARE(std::get<float>(sent[0].args[0]), 0.5f);
    }

    void aBurstSendsOnlyTheLastValueLater() {
        util::ManualClock clock;
        std::vector<osc::OscMessage> sent;
        reaper::Coalescer c([&](const osc::OscMessage& m) { sent.push_back(m); }, clock);
        for (int i = 1; i <= 10; ++i) {
            c.submit(1, osc::OscMessage("/track/1/volume", float(i) / 10.0f));
            clock.advance(1);
        }
        QCOMPARE(sent.size(), std::size_t(1)); // only the first so far
        QCOMPARE(c.pendingCount(), 1);
        clock.advance(c.intervalMs());
        c.flushDue();
        QCOMPARE(sent.size(), std::size_t(2));
        QCOMPARE(std::get<float>(sent.back().args[0]), 1.0f); // the last value, never lost
        QCOMPARE(c.pendingCount(), 0);
    }

    void neverMoreThanSixtyPerSecondPerControl() {
        util::ManualClock clock;
        std::map<std::string, int> perControl;
        std::map<std::string, float> lastValue;
        reaper::Coalescer c(
            [&](const osc::OscMessage& m) {
                ++perControl[m.path];
                lastValue[m.path] = std::get<float>(m.args[0]);
            },
            clock);
        // Two faders dragged for one second, a value every millisecond each.
        for (int ms = 0; ms < 1000; ++ms) {
            c.submit(1, osc::OscMessage("/track/1/volume", float(ms)));
            c.submit(2, osc::OscMessage("/track/2/volume", float(-ms)));
            clock.advance(1);
            c.flushDue();
        }
        clock.advance(c.intervalMs());
        c.flushDue();
        QVERIFY(perControl["/track/1/volume"] <= 61);
        QVERIFY(perControl["/track/1/volume"] >= 50); // still a live stream, not a trickle
        QVERIFY(perControl["/track/2/volume"] <= 61);
        QCOMPARE(lastValue["/track/1/volume"], 999.0f);
        QCOMPARE(lastValue["/track/2/volume"], -999.0f);
    }

    void theTimerFlushesWithoutHelp() {
        std::vector<osc::OscMessage> sent;
        reaper::Coalescer c([&](const osc::OscMessage& m) { sent.push_back(m); });
        c.submit(3, osc::OscMessage("/track/3/pan", 0.1f));
        c.submit(3, osc::OscMessage("/track/3/pan", 0.9f));
        QTRY_COMPARE(sent.size(), std::size_t(2));
        QCOMPARE(std::get<float>(sent.back().args[0]), 0.9f);
    }
};

QTEST_GUILESS_MAIN(TestCoalescer)
#include "test_coalescer.moc"
