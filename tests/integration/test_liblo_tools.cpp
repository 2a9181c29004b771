// liblo-tools as the peer: oscdump watches what Oscalis sends, oscsend plays REAPER's feedback.
#include "reaper/Link.h"

#include <QProcess>
#include <QStandardPaths>
#include <QUdpSocket>
#include <QtTest>

using namespace oscalis;
using namespace oscalis::reaper;

namespace {
quint16 freePort() {
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}
} // namespace

class TestLibloTools : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("oscdump")).isEmpty())
            QFAIL("oscdump is missing: install liblo-tools (make test does)");
    }

    void faderMovesAppearAsReaperWouldAcceptThem() {
        const quint16 port = freePort();
        QProcess dump;
        dump.start(QStringLiteral("oscdump"), {QStringLiteral("-L"), QString::number(port)});
        QVERIFY(dump.waitForStarted());
        Session session;
        Link link(session);
        LinkSettings s;
        s.reaperPort = port;
        s.listenPort = 0;
        QVERIFY(link.start(s));
        QByteArray out;
        // oscdump may need a moment to bind: keep moving until it reports.
        QTRY_VERIFY_WITH_TIMEOUT(
            ([&] {
                link.refresh(); // the start-up handshake may have gone out before oscdump listened
                link.setVolume(1, 0.5f);
                link.setMute(2, true);
                link.play();
                out += dump.readAllStandardOutput();
                return out.contains("/play");
            }()),
            10000);
        QVERIFY2(out.contains("/track/1/volume f 0.500000"), out.constData());
        QVERIFY(out.contains("/track/2/mute f 1.000000"));
        QVERIFY(out.contains("/play f 1.000000"));
        QVERIFY(out.contains("/device/track/count i 8"));
        QVERIFY(out.contains("/action i 41743"));
        dump.kill();
        dump.waitForFinished();
    }

    void reaperShapedFeedbackMovesTheModel() {
        Session session;
        Link link(session);
        LinkSettings s;
        s.reaperPort = freePort();
        s.listenPort = 0;
        QVERIFY(link.start(s));
        const QString port = QString::number(link.endpoint().port());
        const auto send = [&](QStringList args) {
            args.prepend(port);
            args.prepend(QStringLiteral("127.0.0.1"));
            QCOMPARE(QProcess::execute(QStringLiteral("oscsend"), args), 0);
        };
        send({"/track/1/volume", "f", "0.25"});
        send({"/track/1/volume/str", "s", "-25.3dB"});
        send({"/track/1/name", "s", "Guitar"});
        send({"/track/1/solo", "f", "1"});
        send({"/time/str", "s", "0:42.000"});
        QTRY_COMPARE(session.track(1)->volume, 0.25f);
        QTRY_COMPARE(session.track(1)->volumeText, QStringLiteral("-25.3dB"));
        QTRY_COMPARE(session.track(1)->name, QStringLiteral("Guitar"));
        QTRY_VERIFY(session.track(1)->solo);
        QTRY_COMPARE(session.transport().timeText, QStringLiteral("0:42.000"));
        QTRY_COMPARE(link.state(), Link::State::Connected);
    }
};

QTEST_GUILESS_MAIN(TestLibloTools)
#include "test_liblo_tools.moc"
