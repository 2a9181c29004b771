#include "osc/Endpoint.h"
#include "osc/PacketBuilder.h"
#include "support/UdpPeer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace oscalis;

class TestEndpoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void receivesBareMessagesAndBundles() {
        osc::Endpoint e;
        QVERIFY(e.open(0));
        QVERIFY(e.port() != 0);
        std::vector<std::string> paths;
        e.setHandler([&](std::string_view path, const osc::OscArgs&) { paths.emplace_back(path); });
        test::UdpPeer peer;
        lo_message m = lo_message_new();
        lo_message_add_float(m, 1.0f);
        peer.send(e.port(), "/play", m);
        test::sendRawDatagram(e.port(),
                              osc::PacketBuilder::serialise(
                                  {osc::OscMessage("/track/1/mute", 1.0f),
                                   osc::OscMessage("/track/2/name", std::string("Snare"))}));
        QTRY_COMPARE(paths.size(), std::size_t(3));
        QCOMPARE(paths[0], std::string("/play"));
        QCOMPARE(paths[1], std::string("/track/1/mute"));
        QCOMPARE(paths[2], std::string("/track/2/name"));
    }

    void sendsFromItsListeningSocket() {
        // REAPER's "local port" mode answers the address packets come from: that must be
        // the port we listen on.
        osc::Endpoint e;
        QVERIFY(e.open(0));
        test::UdpPeer peer;
        e.setTarget(QStringLiteral("127.0.0.1"), peer.port());
        QVERIFY(e.send(osc::OscMessage("/action", std::int32_t(41743))));
        QTRY_VERIFY(peer.last("/action") != nullptr);
        QCOMPARE(peer.last("/action")->types, std::string("i"));
        QCOMPARE(peer.last("/action")->numbers[0], 41743.0f);

        osc::Endpoint reaper;
        QVERIFY(reaper.open(0));
        reaper.setReplyToSender(true);
        QString host;
        quint16 port = 0;
        connect(&reaper, &osc::Endpoint::targetChanged, this, [&](const QString& h, quint16 p) {
            host = h;
            port = p;
        });
        e.setTarget(QStringLiteral("127.0.0.1"), reaper.port());
        e.send(osc::OscMessage("/play", 1.0f));
        QTRY_COMPARE(port, e.port());
    }

    void refusesMessagesReaperWouldChokeOn() {
        osc::Endpoint e;
        QVERIFY(e.open(0));
        test::UdpPeer peer;
        e.setTarget(QStringLiteral("127.0.0.1"), peer.port());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("Not sent: /track/1/name is \\d+ bytes long"));
        QVERIFY(!e.send(osc::OscMessage("/track/1/name", std::string(1100, 'x'))));
        QVERIFY(e.send(osc::OscMessage("/track/1/name", std::string(900, 'x'))));
        QTRY_VERIFY(peer.last("/track/1/name") != nullptr);
        QCOMPARE(peer.last("/track/1/name")->strings[0].size(), std::size_t(900));
    }

    void aTakenPortIsAPlainError() {
        osc::Endpoint first;
        QVERIFY(first.open(0));
        osc::Endpoint second;
        QVERIFY(!second.open(first.port()));
        QVERIFY(second.errorString().contains(QString::number(first.port())));
        QVERIFY(!second.send(osc::OscMessage("/play", 1.0f)));
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "test_endpoint.moc"
