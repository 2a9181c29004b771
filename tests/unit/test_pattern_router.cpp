#include "reaper/PatternRouter.h"
#include "support/LoArgs.h"

#include <QtTest>

using namespace oscalis;
using reaper::ArgKind;
using reaper::PatternRouter;
using reaper::Wildcards;

class TestPatternRouter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalisesNumbersIntoWildcards() {
        std::string pattern;
        Wildcards w;
        QVERIFY(PatternRouter::normalise("/track/12/fx/3/name", pattern, w));
        QCOMPARE(pattern, std::string("/track/@/fx/@/name"));
        QCOMPARE(w.count, 2);
        QCOMPARE(w[0], 12);
        QCOMPARE(w[1], 3);
        QVERIFY(PatternRouter::normalise("/track/vu/L", pattern, w));
        QCOMPARE(pattern, std::string("/track/vu/L"));
        QCOMPARE(w.count, 0);
    }

    void rejectsWhatIsNotAnAddress() {
        std::string pattern;
        Wildcards w;
        QVERIFY(!PatternRouter::normalise("", pattern, w));
        QVERIFY(!PatternRouter::normalise("track/1", pattern, w));
        // More wildcards than REAPER allows in one address.
        std::string many;
        for (int i = 0; i < 17; ++i)
            many += "/1";
        QVERIFY(!PatternRouter::normalise(many, pattern, w));
    }

    void dispatchesToTheRouteWithItsNumbers() {
        PatternRouter router;
        int slot = -1;
        float value = -1;
        router.add("/track/@/volume", ArgKind::Number,
                   [&](const Wildcards& w, const osc::OscArgs& a) {
                       slot = w[0];
                       value = a.number(0);
                   });
        test::LoArgs args(osc::OscMessage("/track/7/volume", 0.25f));
        QCOMPARE(router.dispatch("/track/7/volume", args.args()), PatternRouter::Result::Handled);
        QCOMPARE(slot, 7);
        QCOMPARE(value, 0.25f);
        // Ints count as numbers, as REAPER reads them.
        test::LoArgs intArgs(osc::OscMessage("/track/2/volume", std::int32_t(1)));
        QCOMPARE(router.dispatch("/track/2/volume", intArgs.args()),
                 PatternRouter::Result::Handled);
        QCOMPARE(slot, 2);
        QCOMPARE(value, 1.0f);
    }

    void refusesWrongArgumentsAndUnknownAddresses() {
        PatternRouter router;
        int calls = 0;
        router.add("/track/@/name", ArgKind::String,
                   [&](const Wildcards&, const osc::OscArgs&) { ++calls; });
        test::LoArgs number(osc::OscMessage("/track/1/name", 1.0f));
        QCOMPARE(router.dispatch("/track/1/name", number.args()),
                 PatternRouter::Result::BadArguments);
        test::LoArgs none(osc::OscMessage("/track/1/name"));
        QCOMPARE(router.dispatch("/track/1/name", none.args()),
                 PatternRouter::Result::BadArguments);
        test::LoArgs text(osc::OscMessage("/track/1/nom", std::string("Kick")));
        QCOMPARE(router.dispatch("/track/1/nom", text.args()), PatternRouter::Result::Unknown);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestPatternRouter)
#include "test_pattern_router.moc"
