#include "reaper/ConnectionWatch.h"

#include <QtTest>

using oscalis::reaper::ConnectionWatch;
using State = ConnectionWatch::State;

class TestConnectionWatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectsOnFirstFeedback() {
        ConnectionWatch w;
        w.start(0);
        QCOMPARE(w.state(), State::Connecting);
        QVERIFY(!w.feedbackArrived(100)); // the start handshake is still on its way
        QCOMPARE(w.state(), State::Connected);
    }

    void silenceLeadsToAProbeThenNotAnswering() {
        ConnectionWatch w;
        const auto t = w.timing();
        w.start(0);
        w.feedbackArrived(10);
        QVERIFY(!w.tick(10 + t.probeAfterMs - 1));
        QCOMPARE(w.state(), State::Connected);
        QVERIFY(w.tick(10 + t.probeAfterMs)); // probe
        QCOMPARE(w.state(), State::Connected);
        QVERIFY(!w.tick(10 + t.probeAfterMs + t.answerWithinMs - 1));
        QCOMPARE(w.state(), State::Connected);
        w.tick(10 + t.probeAfterMs + t.answerWithinMs);
        QCOMPARE(w.state(), State::NotAnswering);
    }

    void anAnsweredProbeKeepsTheConnection() {
        ConnectionWatch w;
        const auto t = w.timing();
        w.start(0);
        w.feedbackArrived(0);
        QVERIFY(w.tick(t.probeAfterMs));
        QVERIFY(!w.feedbackArrived(t.probeAfterMs + 5));
        w.tick(t.probeAfterMs + t.answerWithinMs + 1);
        QCOMPARE(w.state(), State::Connected);
    }

    void retriesWhileAwayAndGreetsOnReturn() {
        ConnectionWatch w;
        const auto t = w.timing();
        w.start(0);
        w.tick(t.answerWithinMs);
        QCOMPARE(w.state(), State::NotAnswering);
        const std::int64_t later = t.answerWithinMs + 10 * t.retryEveryMs;
        QVERIFY(w.tick(later)); // keeps knocking
        // REAPER starts and speaks first, long after our last knock: greet it.
        QVERIFY(w.feedbackArrived(later + t.retryEveryMs - 1));
        QCOMPARE(w.state(), State::Connected);
    }
};

QTEST_GUILESS_MAIN(TestConnectionWatch)
#include "test_connection_watch.moc"
