#include "reaper/FeedbackDispatcher.h"
#include "support/LoArgs.h"

#include <QSignalSpy>
#include <QtTest>

using namespace oscalis;
using reaper::PatternRouter;

namespace {
PatternRouter::Result feed(reaper::FeedbackDispatcher& d, const osc::OscMessage& m) {
    test::LoArgs args(m);
    return d.apply(m.path, args.args());
}
} // namespace

class TestFeedbackDispatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stripFeedbackLandsOnItsSlot() {
        reaper::Session s;
        reaper::FeedbackDispatcher d(s);
        QSignalSpy changed(&s, &reaper::Session::trackChanged);
        feed(d, {"/track/3/name", std::string("Bass DI")});
        feed(d, {"/track/3/volume", 0.5f});
        feed(d, {"/track/3/volume/str", std::string("-12.90dB")});
        feed(d, {"/track/3/mute", 1.0f});
        feed(d, {"/track/3/pan", 0.25f});
        feed(d, {"/track/3/vu/L", 0.8f});
        const auto* t = s.track(3);
        QCOMPARE(t->name, QStringLiteral("Bass DI"));
        QCOMPARE(t->volume, 0.5f);
        QCOMPARE(t->volumeText, QStringLiteral("-12.90dB"));
        QVERIFY(t->mute);
        QCOMPARE(t->pan, 0.25f);
        QCOMPARE(t->vuLeft, 0.8f);
        QCOMPARE(s.track(2)->name, QString()); // neighbours untouched
        QCOMPARE(changed.count(), 6);
        QCOMPARE(changed.first().at(0).toInt(), 3);
    }

    void repeatedValuesDoNotNotify() {
        reaper::Session s;
        reaper::FeedbackDispatcher d(s);
        feed(d, {"/track/1/solo", 1.0f});
        QSignalSpy changed(&s, &reaper::Session::trackChanged);
        feed(d, {"/track/1/solo", 1.0f});
        QCOMPARE(changed.count(), 0);
    }

    void masterAndTransportAndMarkers() {
        reaper::Session s;
        reaper::FeedbackDispatcher d(s);
        feed(d, {"/master/volume", 0.716f});
        feed(d, {"/master/vu/R", 0.9f});
        feed(d, {"/play", 1.0f});
        feed(d, {"/time/str", std::string("1:02.500")});
        feed(d, {"/beat/str", std::string("32.1.00")});
        feed(d, {"/tempo/raw", 96.0f});
        feed(d, {"/lastmarker/name", std::string("Chorus")});
        feed(d, {"/region/2/name", std::string("Ballad")});
        QCOMPARE(s.track(0)->volume, 0.716f);
        QCOMPARE(s.track(0)->vuRight, 0.9f);
        QVERIFY(s.transport().playing);
        QCOMPARE(s.transport().timeText, QStringLiteral("1:02.500"));
        QCOMPARE(s.transport().tempo, 96.0);
        QCOMPARE(s.lastMarker().name, QStringLiteral("Chorus"));
        QCOMPARE(s.regions().size(), std::size_t(2));
        QCOMPARE(s.regions()[1].name, QStringLiteral("Ballad"));
        feed(d, {"/stop", 1.0f});
        QVERIFY(!s.transport().playing);
    }

    void bankNumbersComeFromReapersNumberFeedback() {
        reaper::Session s;
        s.setBankSize(8);
        reaper::FeedbackDispatcher d(s);
        QCOMPARE(s.bankStart(), 1);
        QCOMPARE(s.absoluteNumber(3), 3);
        QSignalSpy bank(&s, &reaper::Session::bankChanged);
        feed(d, {"/track/1/number/str", std::string("9")});
        QCOMPARE(s.bankStart(), 9);
        QCOMPARE(s.bankIndex(), 2);
        QCOMPARE(s.absoluteNumber(3), 11);
        QCOMPARE(s.absoluteNumber(8), 16);
        QCOMPARE(bank.count(), 1);
        // Any slot's number tells where the bank starts.
        feed(d, {"/track/4/number/str", std::string("20")});
        QCOMPARE(s.bankStart(), 17);
        QCOMPARE(s.bankIndex(), 3);
    }

    void wrongTypesAreRejectedAndChangeNothing() {
        reaper::Session s;
        reaper::FeedbackDispatcher d(s);
        QCOMPARE(feed(d, {"/track/1/volume", std::string("loud")}),
                 PatternRouter::Result::BadArguments);
        QCOMPARE(feed(d, {"/track/1/name", 3.0f}), PatternRouter::Result::BadArguments);
        QCOMPARE(feed(d, osc::OscMessage("/track/1/mute")), PatternRouter::Result::BadArguments);
        QCOMPARE(feed(d, {"/track/99/volume", 0.1f}),
                 PatternRouter::Result::Handled); // beyond the bank
        QCOMPARE(feed(d, {"/fx/1/name", std::string("ReaEQ")}), PatternRouter::Result::Unknown);
        QCOMPARE(s.track(1)->volume, 0.716f);
        QCOMPARE(s.track(1)->name, QString());
        QVERIFY(!s.track(1)->mute);
        QCOMPARE(d.rejectedCount(), quint64(3));
    }
};

QTEST_GUILESS_MAIN(TestFeedbackDispatcher)
#include "test_feedback_dispatcher.moc"
