#include "store/AuditRepository.h"
#include "store/BandRepository.h"
#include "store/SongRepository.h"
#include "store/SuggestionRepository.h"
#include "store/Validate.h"
#include "tests/store/StoreTestRig.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

class TestStoreAudit : public QObject {
    Q_OBJECT

    static AuditPage bandLog(test::StoreTestRig& rig) {
        AuditFilter f;
        f.bandId = rig.band;
        return AuditRepository(*rig.db).query(rig.leader, f).value();
    }

private Q_SLOTS:
    void eachChangeWritesExactlyOneEntry() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SongRepository songs(*rig.db);
        const int before = rig.count(QStringLiteral("audit_log"));
        Song s;
        s.bandId = rig.band;
        s.title = QStringLiteral("Le Sud");
        auto added = songs.add(rig.member, s);
        QVERIFY(added.ok());
        QCOMPARE(rig.count(QStringLiteral("audit_log")), before + 1);
        const AuditEntry e = bandLog(rig).items.front();
        QCOMPARE(e.action, QStringLiteral("song.add"));
        QCOMPARE(e.userId, std::optional<qint64>(rig.member.userId));
        QCOMPARE(e.bandId, std::optional<qint64>(rig.band));
        QCOMPARE(e.target, QStringLiteral("song:%1").arg(added->id));
        QVERIFY(e.afterJson.contains(QStringLiteral("\"title\":\"Le Sud\"")));

        Song edited = *added;
        edited.title = QStringLiteral("Le Sud (live)");
        QVERIFY(songs.update(rig.leader, edited).ok());
        QCOMPARE(rig.count(QStringLiteral("audit_log")), before + 2);
        const AuditEntry e2 = bandLog(rig).items.front();
        QCOMPARE(e2.action, QStringLiteral("song.edit"));
        QCOMPARE(e2.userId, std::optional<qint64>(rig.leader.userId));
        QVERIFY(e2.beforeJson.contains(QStringLiteral("\"Le Sud\"")));
        QVERIFY(e2.afterJson.contains(QStringLiteral("\"Le Sud (live)\"")));
    }

    void failedChangeLeavesNoEntry() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        const int before = rig.count(QStringLiteral("audit_log"));
        SongRepository songs(*rig.db);
        Song s;
        s.bandId = rig.band;
        s.title = QStringLiteral("Refused");
        QVERIFY(!songs.add(rig.outsider, s).ok()); // permission
        s.title.clear();
        QVERIFY(!songs.add(rig.member, s).ok()); // validation
        SuggestionRepository sugg(*rig.db);
        QVERIFY(!sugg.vote(rig.member, 12345).ok()); // not found
        QCOMPARE(rig.count(QStringLiteral("audit_log")), before);

        // A failure after the row was written (inside the transaction) takes the entry with it.
        Status st = rig.db->transaction([&]() -> Status {
            Song ok;
            ok.bandId = rig.band;
            ok.title = QStringLiteral("Rolled back");
            auto r = songs.add(rig.member, ok);
            if (!r.ok())
                return r.error();
            return Error::storage(QStringLiteral("disk went away"));
        });
        QVERIFY(!st.ok());
        QCOMPARE(rig.count(QStringLiteral("audit_log")), before);
        QCOMPARE(rig.count(QStringLiteral("songs")), 0);
    }

    void queryFiltersAndPermissions() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SongRepository songs(*rig.db);
        for (int i = 0; i < 7; ++i) {
            Song s;
            s.bandId = rig.band;
            s.title = QStringLiteral("Song %1").arg(i);
            QVERIFY(songs.add(i % 2 ? rig.leader : rig.member, s).ok());
        }
        AuditRepository audit(*rig.db);
        AuditFilter f;
        f.bandId = rig.band;
        f.action = QStringLiteral("song.add");
        f.userId = rig.member.userId;
        f.limit = 3;
        auto page = audit.query(rig.leader, f);
        QVERIFY(page.ok());
        QCOMPARE(page->total, 4);
        QCOMPARE(page->items.size(), std::size_t(3));
        f.offset = 3;
        QCOMPARE(audit.query(rig.leader, f)->items.size(), std::size_t(1));
        f.from = QStringLiteral("2999-01-01");
        QCOMPARE(audit.query(rig.leader, f)->total, 0);

        QCOMPARE(audit.query(rig.member, f).error().kind, Error::Kind::Denied);
        QCOMPARE(audit.query(rig.leader, AuditFilter{}).error().kind,
                 Error::Kind::Denied); // whole log: staff only
        QVERIFY(audit.query(rig.moderator, AuditFilter{}).ok());
    }

    void badInputIsRefusedClearlyAndNothingStored() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SongRepository songs(*rig.db);
        Song s;
        s.bandId = rig.band;
        s.title = QStringLiteral("   ");
        QCOMPARE(songs.add(rig.member, s).error().message,
                 QStringLiteral("The title cannot be empty."));

        s.title = QString(10 * 1024 * 1024, QLatin1Char('a'));
        QElapsedTimer t;
        t.start();
        auto huge = songs.add(rig.member, s);
        QCOMPARE(huge.error().kind, Error::Kind::InvalidInput);
        QVERIFY(huge.error().message.startsWith(
            QStringLiteral("The title is too long (10485760 characters; at most 200)")));
        s.title = QStringLiteral("ok");
        s.notes = QString(10 * 1024 * 1024, QLatin1Char('n'));
        QCOMPARE(songs.add(rig.member, s).error().kind, Error::Kind::InvalidInput);
        s.notes.clear();
        s.tempoBpm = -5;
        QCOMPARE(
            songs.add(rig.member, s).error().message,
            QStringLiteral("The tempo (beats per minute) must be between 1 and 400 (got -5)."));
        s.tempoBpm.reset();
        s.durationS = -1;
        QCOMPARE(songs.add(rig.member, s).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(BandRepository(*rig.db).create(rig.member, {}).error().kind,
                 Error::Kind::InvalidInput);
        QCOMPARE(rig.count(QStringLiteral("songs")), 0);

        // SQL metacharacters are data, stored and read back verbatim.
        const QString nasty = QStringLiteral("'); DROP TABLE songs; --");
        Song evil;
        evil.bandId = rig.band;
        evil.title = nasty;
        evil.artist = QStringLiteral("Robert\"); DELETE FROM users; --");
        auto stored = songs.add(rig.member, evil);
        QVERIFY(stored.ok());
        QCOMPARE(songs.find(stored->id)->title, nasty);
        QCOMPARE(songs.find(stored->id)->artist, evil.artist);
        QCOMPARE(songs.search(rig.band, QStringLiteral("drop table"))->total, 1);
        QCOMPARE(rig.count(QStringLiteral("users")), 5);

        // Impossible dates and times.
        QCOMPARE(Validate::date(QStringLiteral("2026-02-30"), QStringLiteral("The date"))
                     .error()
                     .message,
                 QStringLiteral("The date “2026-02-30” is not a real date."));
        QVERIFY(Validate::date(QStringLiteral("2028-02-29"), QStringLiteral("The date")).ok());
        QVERIFY(!Validate::localDateTime(QStringLiteral("2026-05-17T25:99"),
                                         QStringLiteral("The start"))
                     .ok());
        QVERIFY(!Validate::localDateTime(QStringLiteral("17/05/2026 20:30"),
                                         QStringLiteral("The start"))
                     .ok());
        QVERIFY(
            Validate::localDateTime(QStringLiteral("2026-05-17T20:30"), QStringLiteral("The start"))
                .ok());
    }
    void namesTheBandsThingsAndNoOneElses() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        Song s;
        s.bandId = rig.band;
        s.title = QStringLiteral("Le Sud");
        auto ours = SongRepository(*rig.db).add(rig.member, s);
        QVERIFY(ours.ok());
        // A song of another band: the outsider founds one.
        auto theirBand = BandRepository(*rig.db).create(rig.outsider, QStringLiteral("Les Autres"));
        QVERIFY(theirBand.ok());
        s.bandId = theirBand->id;
        s.title = QStringLiteral("Secret");
        auto theirs = SongRepository(*rig.db).add(rig.outsider, s);
        QVERIFY(theirs.ok());

        const QString ourRef = QStringLiteral("song:%1").arg(ours->id);
        const QString theirRef = QStringLiteral("song:%1").arg(theirs->id);
        const QString memberRef = QStringLiteral("user:%1").arg(rig.member.userId);
        const QString outsiderRef = QStringLiteral("user:%1").arg(rig.outsider.userId);
        auto names = AuditRepository(*rig.db).names(
            rig.leader, rig.band,
            {ourRef, theirRef, memberRef, outsiderRef, QStringLiteral("song:999"),
             QStringLiteral("session:1"), QStringLiteral("nonsense"), ourRef});
        QVERIFY(names.ok());
        QCOMPARE(names->value(ourRef), QStringLiteral("Le Sud"));
        QVERIFY(!names->value(memberRef).isEmpty());
        QCOMPARE(names->size(), 2); // not another band's song or member, nothing gone or unknown

        // The same permission as reading the log.
        QVERIFY(!AuditRepository(*rig.db).names(rig.member, rig.band, {ourRef}).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreAudit)
#include "test_store_audit.moc"
