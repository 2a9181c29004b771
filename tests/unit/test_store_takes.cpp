// Rehearsal takes on a real SQLite file: each recording made during an event of the band's
// agenda goes to the song being rehearsed, once.
#include "store/EventRepository.h"
#include "store/SongRepository.h"
#include "store/SongTakeRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QtTest>

using namespace oscalis;
using namespace oscalis::store;

namespace {
const QDate kDay(2026, 5, 19);

QDateTime at(int hour, int minute) {
    return QDateTime(kDay, QTime(hour, minute), Qt::LocalTime);
}

TakeDraft draft(const QString& file, const QDateTime& when, const QString& region = {}) {
    TakeDraft d;
    d.path = QStringLiteral("/home/band/Audio/") + file;
    d.name = file + QStringLiteral(" (Guitar)");
    d.startSeconds = 200.5;
    d.endSeconds = 381.5;
    d.recordedAt = when.toUTC(); // the script reports UTC
    d.region = region;
    return d;
}
} // namespace

class TestStoreTakes : public QObject {
    Q_OBJECT

    test::StoreTestRig m_rig;
    qint64 m_ballad = 0, m_cover = 0, m_solo = 0, m_other = 0;
    qint64 m_evening = 0, m_late = 0;

    qint64 song(const QString& title, const QString& region) {
        Song s;
        s.bandId = m_rig.band;
        s.title = title;
        s.reaperRegion = region;
        auto added = SongRepository(*m_rig.db).add(m_rig.member, s);
        return added.ok() ? added->id : 0;
    }

    qint64 event(const QDateTime& start, int minutes, std::vector<qint64> agenda) {
        Event e;
        e.bandId = m_rig.band;
        e.title = QStringLiteral("Rehearsal");
        e.startsAt = start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        e.durationMin = minutes;
        e.agenda = std::move(agenda);
        auto made = EventRepository(*m_rig.db).create(m_rig.leader, e);
        return made.ok() ? made->id : 0;
    }

    QStringList takesOf(qint64 songId) {
        QStringList names;
        for (const SongTake& t : SongTakeRepository(*m_rig.db).forSong(songId).value())
            names << t.name.section(QLatin1Char(' '), 0, 0);
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_rig.setUp());
        m_ballad = song(QStringLiteral("Ballade"), QStringLiteral("Ballad"));
        m_cover = song(QStringLiteral("Cover"), QStringLiteral("Cover"));
        m_solo = song(QStringLiteral("Solo"), QString());
        m_other = song(QStringLiteral("Off the agenda"), QStringLiteral("Encore"));
        QVERIFY(m_ballad && m_cover && m_solo && m_other);
        m_evening = event(at(20, 0), 120, {m_ballad, m_cover}); // 20:00-22:00
        m_late = event(at(23, 0), 90, {m_solo});                // 23:00-00:30
        QVERIFY(m_evening && m_late);
    }

    void findsTheEventUnderWay() {
        SongTakeRepository takes(*m_rig.db);
        QCOMPARE(takes.eventAt(m_rig.band, at(21, 59))->value().id, m_evening);
        QCOMPARE(takes.eventAt(m_rig.band, at(20, 0).toUTC())->value().id, m_evening);
        QVERIFY(!takes.eventAt(m_rig.band, at(22, 1)).value());
        // Past midnight, the late rehearsal is still under way.
        QCOMPARE(takes.eventAt(m_rig.band, at(23, 50).addSecs(30 * 60))->value().id, m_late);
    }

    void eachRecordingGoesToTheSongBeingRehearsed() {
        SongTakeRepository takes(*m_rig.db);
        // Recorded inside the region of an agenda song.
        TakeDraft inCover = draft(QStringLiteral("t1.wav"), at(20, 30), QStringLiteral(" cover "));
        // The song chosen with Go during this rehearsal wins over the region.
        TakeDraft chosen = draft(QStringLiteral("t2.wav"), at(20, 45), QStringLiteral("Cover"));
        chosen.chosenSongId = m_ballad;
        chosen.chosenAt = at(20, 40);
        // Chosen before the rehearsal began: the region tells.
        TakeDraft stale = draft(QStringLiteral("t3.wav"), at(20, 50), QStringLiteral("Cover"));
        stale.chosenSongId = m_ballad;
        stale.chosenAt = at(19, 0);
        // Off the agenda's regions, with two songs on the agenda: cannot tell.
        TakeDraft unknown = draft(QStringLiteral("t4.wav"), at(21, 0), QStringLiteral("Encore"));
        // The late rehearsal has one song on its agenda: that one.
        TakeDraft late = draft(QStringLiteral("t5.wav"), at(23, 10));
        // No rehearsal under way.
        TakeDraft outside = draft(QStringLiteral("t6.wav"), at(18, 0), QStringLiteral("Cover"));

        auto outcome = takes.attach(m_rig.member, m_rig.band,
                                    {inCover, chosen, stale, unknown, late, outside});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
        QCOMPARE(outcome->attached, 4);
        QCOMPARE(outcome->noSong, 1);
        QCOMPARE(outcome->outsideRehearsal, 1);
        QCOMPARE(outcome->alreadyThere, 0);
        QCOMPARE(takesOf(m_cover),
                 (QStringList{QStringLiteral("t3.wav"), QStringLiteral("t1.wav")}));
        QCOMPARE(takesOf(m_ballad), QStringList{QStringLiteral("t2.wav")});
        QCOMPARE(takesOf(m_solo), QStringList{QStringLiteral("t5.wav")});
        QVERIFY(takesOf(m_other).isEmpty());

        const SongTake t = takes.forSong(m_ballad)->front();
        QCOMPARE(t.path, QStringLiteral("/home/band/Audio/t2.wav"));
        QCOMPARE(t.name, QStringLiteral("t2.wav (Guitar)"));
        QCOMPARE(t.startSeconds, 200.5);
        QCOMPARE(t.endSeconds, 381.5);
        QCOMPARE(t.eventId, m_evening);
        QCOMPARE(QDateTime::fromString(t.recordedAt, Qt::ISODateWithMs), at(20, 45));
        QCOMPARE(t.createdBy, m_rig.member.userId);

        // The same report read again attaches nothing twice.
        auto again = takes.attach(m_rig.member, m_rig.band, {inCover, chosen, late});
        QCOMPARE(again->alreadyThere, 3);
        QCOMPARE(again->attached, 0);
        QCOMPARE(m_rig.count(QStringLiteral("song_takes")), 4);
    }

    void refusesOutsidersAndBadDrafts() {
        SongTakeRepository takes(*m_rig.db);
        QCOMPARE(
            takes.attach(m_rig.outsider, m_rig.band, {draft(QStringLiteral("x.wav"), at(20, 5))})
                .error()
                .kind,
            Error::Kind::Denied);
        TakeDraft noFile = draft(QString(), at(20, 5));
        noFile.path.clear();
        QCOMPARE(takes.attach(m_rig.member, m_rig.band, {noFile}).error().kind,
                 Error::Kind::InvalidInput);
        QCOMPARE(m_rig.count(QStringLiteral("song_takes")), 4);
    }

    void takesLeaveWithTheirSong() {
        QVERIFY(SongRepository(*m_rig.db).remove(m_rig.leader, m_cover).ok());
        QCOMPARE(m_rig.count(QStringLiteral("song_takes")), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreTakes)
#include "test_store_takes.moc"
