// Live mode from the stage to the database: the songs started with Go/Next get a marker in
// REAPER (through the real oscalis.lua under Lua 5.4 against the mock REAPER API) and their
// times on the clock; at the end the played list is reconciled with the planned setlist and
// written to a real SQLite file.
#include "reaper/LiveSet.h"
#include "reaper/ScriptCommands.h"
#include "store/AuditRepository.h"
#include "store/GigRepository.h"
#include "store/SongRepository.h"
#include "tests/store/StoreTestRig.h"
#include "tests/support/ScriptOnce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace oscalis;
using namespace oscalis::store;
using oscalis::reaper::test::runScriptOnce;

namespace {
/// A gig whose setlist is `plan`: song letters ("A".."E") and "|" for a 10-minute break.
struct LiveGig {
    test::StoreTestRig rig;
    std::map<QString, qint64> songs; ///< title -> id
    qint64 gig = 0;
    std::map<QString, qint64> lines; ///< title -> setlist item id

    bool setUp(const QString& plan) {
        if (!rig.setUp())
            return false;
        SongRepository repo(*rig.db);
        for (const char* title : {"A", "B", "C", "D", "E", "X"}) {
            Song s;
            s.bandId = rig.band;
            s.title = QString::fromLatin1(title);
            s.durationS = 200;
            auto added = repo.add(rig.member, s);
            if (!added.ok())
                return false;
            songs[s.title] = added->id;
        }
        GigRepository gigs(*rig.db);
        store::Gig draft;
        draft.bandId = rig.band;
        draft.name = QStringLiteral("Fête de la musique");
        draft.date = QStringLiteral("2026-06-21");
        auto made = gigs.create(rig.leader, draft);
        if (!made.ok())
            return false;
        gig = made->id;
        for (const QString& line : plan.split(QLatin1Char(' '))) {
            auto item = line == QStringLiteral("|") ? gigs.insertBreak(rig.leader, gig, 10)
                                                    : gigs.insertSong(rig.leader, gig, songs[line]);
            if (!item.ok())
                return false;
            if (line != QStringLiteral("|"))
                lines[line] = item->id;
        }
        return true;
    }

    /// The setlist as "A:180 B:- | C:240" (title:played seconds, "|" for a break).
    QString setlist() {
        QStringList out;
        for (const SetlistItem& i : GigRepository(*rig.db).items(gig).value())
            out << (i.songId ? i.songTitle + QLatin1Char(':') +
                                   (i.playedSeconds ? QString::number(*i.playedSeconds)
                                                    : QStringLiteral("-"))
                             : QStringLiteral("|"));
        return out.join(QLatin1Char(' '));
    }

    PlayedSong planned(const QString& title, int seconds) {
        return {lines[title], songs[title], seconds};
    }
    PlayedSong extra(const QString& title, int seconds) {
        return {std::nullopt, songs[title], seconds};
    }
};
} // namespace

class TestLiveMode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aLiveRunDropsMarkersAndWritesThePlayedListBack() {
        LiveGig g;
        QVERIFY(g.setUp(QStringLiteral("A B | C D")));
        QTemporaryDir resource;
        reaper::ScriptCommands commands;
        commands.setFolder(resource.path() + QStringLiteral("/Oscalis"));
        util::ManualClock clock;
        reaper::LiveSet live(commands, clock);
        live.begin();
        // On stage: A, then C (B swapped later), then B, and D never came.
        QCOMPARE(live.songStarted(g.lines["A"], g.songs["A"], QStringLiteral("A"), 0.0), QString());
        clock.advance(181'400);
        QCOMPARE(live.songStarted(g.lines["C"], g.songs["C"], QStringLiteral("C"), 400.0),
                 QString());
        QCOMPARE(live.currentSeconds(), 0);
        clock.advance(239'600);
        QCOMPARE(live.currentSeconds(), 240);
        QCOMPARE(live.songStarted(g.lines["B"], g.songs["B"], QStringLiteral("B"), 200.0),
                 QString());
        clock.advance(200'000);
        const auto plays = live.played();
        QVERIFY(live.active());
        live.end();
        QVERIFY(!live.active());
        QCOMPARE(live.plays().back().seconds, 200);
        QCOMPARE(plays.size(), std::size_t(3));
        QCOMPARE(plays[0].seconds, 181);
        QCOMPARE(plays[1].seconds, 240);
        QCOMPARE(plays[2].seconds, 200);

        // REAPER got one marker per song, at each song's place.
        const QJsonObject reaper = runScriptOnce(resource.path());
        QVERIFY2(!reaper.isEmpty(), "the script did not run");
        QCOMPARE(reaper.value(QStringLiteral("markers")).toArray(),
                 (QJsonArray{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));

        std::vector<PlayedSong> played;
        for (const auto& p : plays)
            played.push_back({p.itemId, p.songId, p.seconds});
        GigRepository gigs(*g.rig.db);
        auto result = gigs.recordPlayed(g.rig.leader, g.gig, played);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(g.setlist(), QStringLiteral("A:181 C:240 | B:200 D:-"));
        QCOMPARE(gigs.find(g.gig)->status, store::Gig::Status::Played);
        AuditFilter filter;
        filter.bandId = g.rig.band;
        auto log = AuditRepository(*g.rig.db).query(g.rig.leader, filter);
        QVERIFY(log.ok());
        QCOMPARE(log->items.front().action, QStringLiteral("setlist.played"));
    }

    void playedInPlannedOrder() {
        LiveGig g;
        QVERIFY(g.setUp(QStringLiteral("A B | C")));
        auto r = GigRepository(*g.rig.db).recordPlayed(
            g.rig.leader, g.gig, {g.planned("A", 100), g.planned("B", 110), g.planned("C", 120)});
        QVERIFY(r.ok());
        QCOMPARE(g.setlist(), QStringLiteral("A:100 B:110 | C:120"));
        QCOMPARE(r->size(), std::size_t(4));
    }

    void skippedSongsStayAfterThePlayedOnes() {
        LiveGig g;
        QVERIFY(g.setUp(QStringLiteral("A B C | D E")));
        QVERIFY(GigRepository(*g.rig.db)
                    .recordPlayed(g.rig.leader, g.gig, {g.planned("A", 100), g.planned("D", 90)})
                    .ok());
        QCOMPARE(g.setlist(), QStringLiteral("A:100 D:90 B:- | C:- E:-"));
    }

    void anExtraSongGetsItsOwnLineWhereItWasPlayed() {
        LiveGig g;
        QVERIFY(g.setUp(QStringLiteral("A | B")));
        QVERIFY(GigRepository(*g.rig.db)
                    .recordPlayed(g.rig.leader, g.gig,
                                  {g.planned("A", 100), g.extra("X", 60), g.planned("B", 120)})
                    .ok());
        QCOMPARE(g.setlist(), QStringLiteral("A:100 | X:60 B:120"));
        // An "extra" that is in fact on the list takes its planned line.
        LiveGig h;
        QVERIFY(h.setUp(QStringLiteral("A B")));
        QVERIFY(GigRepository(*h.rig.db)
                    .recordPlayed(h.rig.leader, h.gig, {h.extra("B", 30), h.planned("A", 40)})
                    .ok());
        QCOMPARE(h.setlist(), QStringLiteral("B:30 A:40"));
        QCOMPARE(h.rig.count(QStringLiteral("setlist_items")), 2);
    }

    void aLineRemovedDuringTheGigKeepsWhatWasPlayed() {
        LiveGig g;
        QVERIFY(g.setUp(QStringLiteral("A B C")));
        GigRepository gigs(*g.rig.db);
        QVERIFY(gigs.removeItem(g.rig.leader, g.lines["B"]).ok()); // someone edits the setlist
        QVERIFY(gigs.recordPlayed(g.rig.leader, g.gig,
                                  {g.planned("A", 100), g.planned("B", 90), g.planned("C", 80)})
                    .ok());
        QCOMPARE(g.setlist(), QStringLiteral("A:100 B:90 C:80"));
    }

    void aRestartIsOnePlayAndAnEncoreANewLine() {
        LiveGig g;
        QVERIFY(g.setUp(QStringLiteral("A B")));
        QVERIFY(GigRepository(*g.rig.db)
                    .recordPlayed(g.rig.leader, g.gig,
                                  {g.planned("A", 20), g.planned("A", 200), g.planned("B", 150),
                                   g.planned("A", 210)})
                    .ok());
        QCOMPARE(g.setlist(), QStringLiteral("A:220 B:150 A:210"));
    }

    void refusalsLeaveThePlanAsItWas() {
        LiveGig g;
        QVERIFY(g.setUp(QStringLiteral("A | B")));
        GigRepository gigs(*g.rig.db);
        auto nothing = gigs.recordPlayed(g.rig.leader, g.gig, {});
        QCOMPARE(nothing.error().kind, Error::Kind::InvalidInput);
        QVERIFY(nothing.error().message.contains(QStringLiteral("Nothing was played")));
        QCOMPARE(gigs.recordPlayed(g.rig.member, g.gig, {g.planned("A", 10)}).error().kind,
                 Error::Kind::Denied);
        QCOMPARE(gigs.recordPlayed(g.rig.leader, g.gig, {g.planned("A", -4)}).error().kind,
                 Error::Kind::InvalidInput);
        QCOMPARE(gigs.recordPlayed(g.rig.leader, g.gig, {{std::nullopt, g.songs["A"] + 100, 10}})
                     .error()
                     .kind,
                 Error::Kind::NotFound); // not a song of the band
        QCOMPARE(g.setlist(), QStringLiteral("A:- | B:-"));
        QCOMPARE(gigs.find(g.gig)->status, store::Gig::Status::Planned);
    }
};

QTEST_GUILESS_MAIN(TestLiveMode)
#include "test_live_mode.moc"
