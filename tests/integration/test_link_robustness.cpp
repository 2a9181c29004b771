// REAPER going away and coming back, and garbage on the wire.
#include "osc/PacketBuilder.h"
#include "reaper/Link.h"
#include "reaper/sim/Simulator.h"
#include "support/UdpPeer.h"

#include <QtTest>

using namespace oscalis;
using namespace oscalis::reaper;

class TestLinkRobustness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // The link warns (rate-limited) about every kind of junk; keep the log readable.
        QLoggingCategory::setFilterRules(QStringLiteral("oscalis.*.warning=false"));
    }

    void reaperGoneAndBack() {
        sim::SimOptions o;
        o.port = 0;
        auto first = std::make_unique<sim::Simulator>(o);
        QVERIFY(first->start());
        const quint16 port = first->port();

        Session session;
        Link link(session);
        ConnectionWatch::Timing fast;
        fast.probeAfterMs = 400;
        fast.answerWithinMs = 400;
        fast.retryEveryMs = 200;
        link.setWatchTiming(fast);
        LinkSettings s;
        s.reaperPort = port;
        s.listenPort = 0;
        QVERIFY(link.start(s));
        QTRY_COMPARE(link.state(), Link::State::Connected);
        QTRY_COMPARE(session.track(1)->name, QStringLiteral("Kick"));
        QVERIFY(link.stateText().contains(QStringLiteral("Connected")));

        first.reset(); // REAPER quits
        QTRY_COMPARE(link.state(), Link::State::NotAnswering);
        QVERIFY(link.stateText().contains(QStringLiteral("not answering")));

        o.port = port; // REAPER restarts, with the project changed meanwhile
        sim::Simulator second(o);
        second.project().tracks[0].name = QStringLiteral("Kick in");
        second.project().tracks[0].mute = true;
        QVERIFY(second.start());
        QTRY_COMPARE(link.state(), Link::State::Connected);
        QTRY_COMPARE(session.track(1)->name, QStringLiteral("Kick in"));
        QTRY_VERIFY(session.track(1)->mute);
        QCOMPARE(second.surface().bankSize, session.bankSize()); // greeted again
    }

    void malformedDatagramsAreIgnored() {
        Session session;
        Link link(session);
        LinkSettings s;
        test::UdpPeer reaper;
        s.reaperPort = reaper.port();
        s.listenPort = 0;
        QVERIFY(link.start(s));
        const quint16 port = link.endpoint().port();

        test::sendRawDatagram(port, QByteArray("\x01\x02garbage\xff", 10));
        test::sendRawDatagram(port, QByteArray(65507, 'x')); // largest UDP datagram
        test::sendRawDatagram(
            port, QByteArray("#bundle\0\0\0\0\0\0\0\0\1\0\0\1\0", 20)); // absurd element size
        test::sendRawDatagram(port, QByteArray("/track/1/volume\0,f\0\0", 20)); // float missing
        QByteArray huge = osc::PacketBuilder::serialise(
            {osc::OscMessage("/track/1/name", std::string(60000, 'n'))});
        test::sendRawDatagram(port, huge); // valid but 60 KB
        lo_message wrongType = lo_message_new();
        lo_message_add_string(wrongType, "loud");
        reaper.send(port, "/track/1/volume", wrongType);
        reaper.send(port, "/track/1/mute", lo_message_new()); // no argument
        lo_message dbl = lo_message_new();
        lo_message_add_double(dbl, 0.1);
        reaper.send(port, "/track/1/volume", dbl); // a type REAPER never sends

        // Then REAPER speaks properly: the link still listens and applies it.
        lo_message ok = lo_message_new();
        lo_message_add_string(ok, "Lead vox");
        reaper.send(port, "/track/1/name", ok);
        QTRY_COMPARE(session.track(1)->name, QStringLiteral("Lead vox"));
        QCOMPARE(session.track(1)->volume, 0.716f);
        QVERIFY(!session.track(1)->mute);
        QVERIFY(link.endpoint().malformedReceived() >= 2);
        QVERIFY(link.dispatcher().rejectedCount() >= 3);
        QCOMPARE(link.state(), Link::State::Connected);
    }

    void controlsAddressTheWholeBankAndTheMaster() {
        Session session;
        Link link(session);
        test::UdpPeer reaper;
        LinkSettings s;
        s.reaperPort = reaper.port();
        s.listenPort = 0;
        s.bankSize = 64;
        QVERIFY(link.start(s));
        QTRY_VERIFY(reaper.last("/action") != nullptr);
        for (int slot = 0; slot <= 64; ++slot) {
            link.setVolume(slot, 0.1f);
            link.setPan(slot, 0.9f);
        }
        link.gotoBank(3);
        QTRY_COMPARE(reaper.count("/track/64/pan"), 1);
        QVERIFY(reaper.last("/master/volume") != nullptr);
        QCOMPARE(reaper.last("/device/track/bank/select")->numbers[0], 3.0f);
        QCOMPARE(reaper.last("/device/track/count")->numbers[0], 64.0f);
        QCOMPARE(reaper.last("/device/track/count")->types, std::string("i"));
    }
};

QTEST_GUILESS_MAIN(TestLinkRobustness)
#include "test_link_robustness.moc"
