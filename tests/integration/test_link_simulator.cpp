// The link and the REAPER simulator over real UDP on loopback.
#include "reaper/FaderTaper.h"
#include "reaper/Link.h"
#include "reaper/sim/Simulator.h"

#include <QtTest>

using namespace oscalis;
using namespace oscalis::reaper;

namespace {
sim::SimOptions simOptions() {
    sim::SimOptions o;
    o.port = 0;
    o.tracks = 20;
    o.markers = 6;
    o.regions = 3;
    return o;
}
} // namespace

class TestLinkSimulator : public QObject {
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Link> m_link;

    void connectLink(int bankSize = 8) {
        LinkSettings s;
        s.reaperPort = m_sim->port();
        s.listenPort = 0;
        s.bankSize = bankSize;
        QVERIFY(m_link->start(s));
        QTRY_COMPARE(m_link->state(), Link::State::Connected);
        QTRY_COMPARE(m_session->track(1)->name, m_sim->project().tracks[0].name);
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<sim::Simulator>(simOptions());
        QVERIFY(m_sim->start());
        m_session = std::make_unique<Session>();
        m_link = std::make_unique<Link>(*m_session);
    }
    void cleanup() {
        m_link.reset();
        m_session.reset();
        m_sim.reset();
    }

    void handshakeSetsTheBankAndFillsTheMixer() {
        connectLink(8);
        QCOMPARE(m_sim->surface().bankSize, 8);
        QCOMPARE(m_sim->surface().markerCount, m_link->settings().markerCount);
        for (int slot = 1; slot <= 8; ++slot)
            QTRY_COMPARE(m_session->track(slot)->name,
                         m_sim->project().tracks[std::size_t(slot - 1)].name);
        QCOMPARE(m_session->track(8)->number, 8);
        QTRY_COMPARE(m_session->markers().size(), std::size_t(m_link->settings().markerCount));
        QCOMPARE(m_session->markers()[1].name, m_sim->project().markers[1].name);
        QTRY_VERIFY(!m_session->track(0)->volumeText.isEmpty()); // master
        QVERIFY(m_sim->largestPacket() <= 1024);
    }

    void reaperChangesReachTheModel() {
        connectLink();
        m_sim->project().tracks[2].solo = true;
        m_sim->project().tracks[4].name = QStringLiteral("Tambourine");
        m_sim->project().tempo = 87.5;
        m_sim->publish();
        QTRY_VERIFY(m_session->track(3)->solo);
        QTRY_COMPARE(m_session->track(5)->name, QStringLiteral("Tambourine"));
        QTRY_COMPARE(m_session->transport().tempo, 87.5);
    }

    void controlsReachReaperAndComeBack() {
        connectLink();
        m_link->setMute(2, true);
        QTRY_VERIFY(m_sim->project().tracks[1].mute);
        QTRY_VERIFY(m_session->track(2)->mute); // toggles are echoed by REAPER
        m_link->setVolume(1, 0.5f);
        QTRY_COMPARE(m_sim->project().tracks[0].volume, 0.5f);
        // REAPER answers a fader move with its own dB text, not with the value itself.
        QTRY_COMPARE(m_session->track(1)->volumeText, taper::formatDb(taper::positionToDb(0.5)));
        QCOMPARE(m_session->track(1)->volume, 0.5f);
        m_link->setPan(0, 0.25f);
        QTRY_COMPARE(m_sim->project().master.pan, 0.25f);
        m_link->setRecArm(3, true);
        QTRY_VERIFY(m_session->track(3)->recArm);
        m_link->selectTrack(4);
        QTRY_VERIFY(m_session->track(4)->selected);
    }

    void bankNavigationKeepsAbsoluteNumbersRight() {
        connectLink(8);
        m_link->nextBank();
        QTRY_COMPARE(m_session->bankStart(), 9);
        QTRY_COMPARE(m_session->track(1)->name, m_sim->project().tracks[8].name);
        QCOMPARE(m_session->track(3)->number, 11);
        m_link->nextBank(); // tracks 17..20, then REAPER's "Track N" placeholders
        QTRY_COMPARE(m_session->bankStart(), 17);
        QTRY_COMPARE(m_session->track(5)->name, QStringLiteral("Track 21"));
        m_link->nextBank(); // past the end: REAPER clamps, nothing moves
        // REAPER handles messages in order: once the mute sent after the bank request comes
        // back, any bank change would have been reported already.
        m_link->setMute(1, true);
        QTRY_VERIFY(m_session->track(1)->mute);
        QVERIFY(m_sim->project().tracks[16].mute);
        QCOMPARE(m_session->bankStart(), 17);
        QCOMPARE(m_session->track(1)->name, m_sim->project().tracks[16].name);
        m_link->gotoBank(1);
        QTRY_COMPARE(m_session->bankStart(), 1);
        QTRY_COMPARE(m_session->track(5)->name, m_sim->project().tracks[4].name);
        // A fader now addresses the bank's slot, i.e. absolute track 2.
        m_link->setMute(2, true);
        QTRY_VERIFY(m_sim->project().tracks[1].mute);
    }

    void bankSizeChangeReachesReaper() {
        connectLink(8);
        m_link->setBankSize(16);
        QTRY_COMPARE(m_sim->surface().bankSize, 16);
        QTRY_COMPARE(m_session->track(16)->name, m_sim->project().tracks[15].name);
    }

    void transportTimeAndMarkers() {
        connectLink();
        m_link->play();
        QTRY_VERIFY(m_session->transport().playing);
        QTRY_VERIFY(m_session->transport().seconds > 0.1);
        QTRY_VERIFY(m_session->track(1)->vuLeft > 0.0f);
        m_link->stop();
        QTRY_VERIFY(!m_session->transport().playing);
        QTRY_COMPARE(m_session->track(1)->vuLeft, 0.0f); // meters fall when stopped
        m_link->gotoMarker(3);
        QTRY_COMPARE(m_session->lastMarker().name, m_sim->project().markers[2].name);
        m_link->nextMarker();
        QTRY_COMPARE(m_session->lastMarker().name, m_sim->project().markers[3].name);
        m_link->previousMarker();
        QTRY_COMPARE(m_session->lastMarker().name, m_sim->project().markers[2].name);
        m_link->gotoRegion(2);
        QTRY_COMPARE(m_session->lastRegion().name, m_sim->project().regions[1].name);
        m_link->toggleRepeat();
        QTRY_VERIFY(m_session->transport().repeat);
        m_link->record();
        QTRY_VERIFY(m_session->transport().recording);
        QTRY_VERIFY(m_session->transport().playing);
    }
};

QTEST_GUILESS_MAIN(TestLinkSimulator)
#include "test_link_simulator.moc"
