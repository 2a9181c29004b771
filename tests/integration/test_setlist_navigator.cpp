// The setlist's Go and Next song against the REAPER simulator over real UDP: the right OSC
// message reaches "REAPER" and its transport moves to the song's region.
#include "reaper/Link.h"
#include "reaper/SetlistNavigator.h"
#include "reaper/sim/Simulator.h"

#include <QSignalSpy>
#include <QtTest>

using namespace oscalis;
using namespace oscalis::reaper;

namespace {
// The simulator's regions: Opening song 0-180 s, Ballad 200-380, Cover 400-580, New one
// 600-780, Encore 800-980.
sim::SimOptions simOptions() {
    sim::SimOptions o;
    o.port = 0;
    o.tracks = 4;
    o.markers = 2;
    o.regions = 5;
    return o;
}

std::vector<SetlistStop> setlist() {
    return {
        {QStringLiteral("Opening song"), QStringLiteral("Opening song"), false}, // 0
        {{}, {}, true},                                                          // 1: a break
        {QStringLiteral("Unlinked"), {}, false},                                 // 2
        {QStringLiteral("Ballade"), QStringLiteral("  ballad "), false},         // 3
        {QStringLiteral("Ghost"), QStringLiteral("No such region"), false},      // 4
        {QStringLiteral("Cover"), QStringLiteral("Cover"), false},               // 5
    };
}
} // namespace

class TestSetlistNavigator : public QObject {
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Link> m_link;
    QStringList m_handled; ///< the addresses the simulator obeyed, in order

    int regionMessages() const { return int(m_handled.count(QStringLiteral("/region"))); }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<sim::Simulator>(simOptions());
        QVERIFY(m_sim->start());
        m_handled.clear();
        connect(m_sim.get(), &sim::Simulator::messageHandled, this,
                [this](const QString& path) { m_handled << path; });
        m_session = std::make_unique<Session>();
        m_link = std::make_unique<Link>(*m_session);
        LinkSettings s;
        s.reaperPort = m_sim->port();
        s.listenPort = 0;
        QVERIFY(m_link->start(s));
        QTRY_COMPARE(m_link->state(), Link::State::Connected);
        // REAPER reports the regions' names over OSC (DEVICE_REGION_COUNT of them).
        QTRY_VERIFY(m_session->regions().size() >= 5 &&
                    m_session->regions()[4].name == QStringLiteral("Encore"));
    }
    void cleanup() {
        m_link.reset();
        m_session.reset();
        m_sim.reset();
    }

    void goMovesTheTransportToTheSongsRegion() {
        SetlistNavigator nav(*m_link, *m_session);
        const auto list = setlist();
        const auto move = nav.go(list, 3);
        QVERIFY(move.sent);
        QCOMPARE(move.row, 3);
        QCOMPARE(move.region->index, 2);
        QVERIFY2(move.message.contains(QStringLiteral("Ballad")), qPrintable(move.message));
        QTRY_COMPARE(m_sim->project().position, 200.0);
        QCOMPARE(regionMessages(), 1);
        QTRY_COMPARE(m_session->transport().seconds, 200.0); // and REAPER says so
        QTRY_COMPARE(m_session->lastRegion().name, QStringLiteral("Ballad"));
    }

    void goRefusesBreaksAndSongsWithoutARegionInPlainWords() {
        SetlistNavigator nav(*m_link, *m_session);
        const auto list = setlist();
        for (int row : {1, 2, 4, 17}) {
            const auto move = nav.go(list, row);
            QVERIFY(!move.sent);
            QCOMPARE(move.row, -1);
            QVERIFY(!move.message.isEmpty());
        }
        QVERIFY(nav.go(list, 2).message.contains(QStringLiteral("no REAPER region")));
        QVERIFY(nav.go(list, 4).message.contains(QStringLiteral("No such region")));
        QTest::qWait(100);
        QCOMPARE(regionMessages(), 0);
    }

    void nextSongSkipsBreaksAndSongsWithoutARegion() {
        SetlistNavigator nav(*m_link, *m_session);
        const auto list = setlist();
        auto move = nav.next(list, 0); // past the break and "Unlinked"
        QCOMPARE(move.row, 3);
        QVERIFY(move.sent);
        QVERIFY2(move.message.contains(QStringLiteral("Skipped “Unlinked”")),
                 qPrintable(move.message));
        QTRY_COMPARE(m_sim->project().position, 200.0);

        move = nav.next(list, move.row); // past "Ghost", whose region REAPER does not have
        QCOMPARE(move.row, 5);
        QVERIFY2(move.message.contains(QStringLiteral("“Ghost”")), qPrintable(move.message));
        QTRY_COMPARE(m_sim->project().position, 400.0);
        QTRY_COMPARE(m_session->lastRegion().name, QStringLiteral("Cover"));

        move = nav.next(list, move.row);
        QCOMPARE(move.row, -1);
        QVERIFY(!move.sent);
        QVERIFY(move.message.contains(QStringLiteral("last song")));
        QCOMPARE(regionMessages(), 2);

        // From the top: the first song.
        move = nav.next(list, -1);
        QCOMPARE(move.row, 0);
        QTRY_COMPARE(m_sim->project().position, 0.0);
    }

    void liveModeStopsAtEverySongButOnlyMovesToRegions() {
        SetlistNavigator nav(*m_link, *m_session);
        const auto list = setlist();
        const auto move = nav.next(list, 0, true);
        QCOMPARE(move.row, 2); // "Unlinked" was played too
        QVERIFY(!move.sent);
        QVERIFY(move.message.contains(QStringLiteral("stays where it is")));
        QCOMPARE(nav.go(list, 4, true).row, 4);  // "Ghost" too, though REAPER lacks its region
        QCOMPARE(nav.go(list, 1, true).row, -1); // a break is never played
        QTest::qWait(100);
        QCOMPARE(regionMessages(), 0);
    }

    void findsTheRegionHoldingAPlaceOnTheTimeline() {
        SetlistNavigator nav(*m_link, *m_session);
        QCOMPARE(nav.regionAt(250.0)->name, QStringLiteral("Ballad"));
        QCOMPARE(nav.regionAt(200.0)->index, 2);
        QVERIFY(!nav.regionAt(190.0)); // between two songs
    }

    void whilePlayingReaperWaitsForTheRegionToEnd() {
        SetlistNavigator nav(*m_link, *m_session);
        const auto list = setlist();
        m_sim->project().position = 410.0; // inside "Cover"
        m_sim->project().play();
        m_sim->publish();
        QTRY_VERIFY(m_session->transport().playing);
        QTRY_COMPARE(m_session->lastRegion().name, QStringLiteral("Cover"));
        const auto move = nav.go(list, 3);
        QVERIFY(move.sent && move.smooth);
        QVERIFY2(move.message.contains(QStringLiteral("when the region being played ends")),
                 qPrintable(move.message));
        QTRY_COMPARE(m_sim->project().pendingRegion, 2);
        QVERIFY(m_sim->project().position >= 410.0); // not cut mid-song
        m_sim->project().position = 579.8;           // the end of "Cover" comes
        QTRY_VERIFY(m_sim->project().position >= 200.0 && m_sim->project().position < 260.0);
        QTRY_COMPARE(m_session->lastRegion().name, QStringLiteral("Ballad"));
    }

    void whileRecordingReaperStaysPut() {
        SetlistNavigator nav(*m_link, *m_session);
        const auto list = setlist();
        m_link->record();
        QTRY_VERIFY(m_session->transport().recording);
        const auto move = nav.go(list, 5);
        QCOMPARE(move.row, 5);
        QVERIFY(!move.sent);
        QVERIFY(move.message.contains(QStringLiteral("recording")));
        QTest::qWait(100);
        QCOMPARE(regionMessages(), 0);
    }

    void theScriptsFullRegionListWinsOverTheOscBank() {
        SetlistNavigator nav(*m_link, *m_session);
        QCOMPARE(nav.regionNames().size(), 5);
        ProjectSnapshot project;
        project.scriptVersion = kExpectedScriptVersion;
        for (int i = 1; i <= 40; ++i)
            project.regions.push_back(
                {i, 100 + i, QStringLiteral("Song %1").arg(i), 60.0 * i, 60.0 * i + 50.0, {}});
        m_session->setProject(project);
        const auto far = nav.findRegion(QStringLiteral("song 33"));
        QVERIFY(far);
        QCOMPARE(far->index, 33); // past the 16 regions REAPER reports over OSC
        QCOMPARE(far->start, 1980.0);
        QVERIFY(!nav.findRegion(QStringLiteral("Ballad"))); // not in the project any more
        QCOMPARE(nav.regionNames().size(), 40);
    }
};

QTEST_GUILESS_MAIN(TestSetlistNavigator)
#include "test_setlist_navigator.moc"
