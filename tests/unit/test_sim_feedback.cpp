#include "reaper/sim/SimFeedback.h"

#include <QtTest>

using namespace oscalis;
using namespace oscalis::reaper::sim;

namespace {
bool has(const std::vector<osc::OscMessage>& ms, const std::string& path) {
    return std::any_of(ms.begin(), ms.end(),
                       [&](const osc::OscMessage& m) { return m.path == path; });
}
} // namespace

class TestSimFeedback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sendsEverythingOnceThenOnlyChanges() {
        SimProject p = SimProject::demo(4, 2, 1);
        SimSurface s;
        s.bankSize = 4;
        SimFeedback f;
        const auto first = f.collect(p, s, {});
        QVERIFY(has(first, "/track/1/name"));
        QVERIFY(has(first, "/track/4/vu/L"));
        QVERIFY(has(first, "/master/volume"));
        QVERIFY(!has(first, "/marker/1/name")); // marker count 0, as the stock file
        QVERIFY(f.collect(p, s, {}).empty());
        p.tracks[1].mute = true;
        const auto second = f.collect(p, s, {});
        QCOMPARE(second.size(), std::size_t(1));
        QCOMPARE(second[0].path, std::string("/track/2/mute"));
    }

    void doesNotEchoTheAddressBeingHandledExceptToggles() {
        SimProject p = SimProject::demo(2, 0, 0);
        SimSurface s;
        s.bankSize = 2;
        SimFeedback f;
        f.collect(p, s, {});
        p.tracks[0].volume = 0.3f;
        p.tracks[0].mute = true;
        const auto out = f.collect(p, s, {"/track/1/volume", "/track/1/mute"});
        QVERIFY(!has(out, "/track/1/volume"));
        QVERIFY(has(out, "/track/1/volume/db"));
        QVERIFY(has(out, "/track/1/volume/str"));
        QVERIFY(has(out, "/track/1/mute"));
    }

    void refreshResendsEverything() {
        SimProject p = SimProject::demo(3, 0, 0);
        SimSurface s;
        s.bankSize = 3;
        SimFeedback f;
        const auto all = f.collect(p, s, {});
        f.clear();
        QCOMPARE(f.collect(p, s, {}).size(), all.size());
    }

    void bankRelativeNumbersAndPlaceholdersPastTheEnd() {
        SimProject p = SimProject::demo(10, 0, 0);
        SimSurface s;
        s.bankSize = 8;
        s.bankStart = 8;
        SimFeedback f;
        const auto out = f.collect(p, s, {});
        const auto find = [&](const std::string& path) {
            return std::find_if(out.begin(), out.end(),
                                [&](const osc::OscMessage& m) { return m.path == path; });
        };
        QCOMPARE(std::get<std::string>(find("/track/1/number/str")->args[0]), std::string("9"));
        QCOMPARE(std::get<std::string>(find("/track/3/name")->args[0]), std::string("Track 11"));
        QCOMPARE(std::get<std::string>(find("/track/3/volume/str")->args[0]),
                 std::string("-inf dB"));
    }

    void metersMoveWhilePlayingAndFallWhenStopped() {
        SimProject p = SimProject::demo(2, 0, 0);
        p.play();
        for (int i = 0; i < 10; ++i)
            p.advance(1.0 / 15.0);
        QVERIFY(p.tracks[0].vuLeft > 0.2f);
        QVERIFY(p.position > 0.6);
        p.stop();
        const double at = p.position;
        for (int i = 0; i < 30; ++i)
            p.advance(1.0 / 15.0);
        QCOMPARE(p.tracks[0].vuLeft, 0.0f);
        QCOMPARE(p.position, at);
    }
};

QTEST_GUILESS_MAIN(TestSimFeedback)
#include "test_sim_feedback.moc"
