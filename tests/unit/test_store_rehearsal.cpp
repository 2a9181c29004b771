#include "store/AuditRepository.h"
#include "store/BandRepository.h"
#include "store/RehearsalRepository.h"
#include "store/SongRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

class TestStoreRehearsal : public QObject {
    Q_OBJECT

    static qint64 addSong(test::StoreTestRig& rig, const QString& title) {
        Song s;
        s.bandId = rig.band;
        s.title = title;
        auto added = SongRepository(*rig.db).add(rig.member, s);
        return added.ok() ? added->id : 0;
    }

    static QString writeFile(const QString& path, qint64 size) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return {};
        f.resize(size);
        return path;
    }

    static int filesIn(const QString& folder) {
        return static_cast<int>(QDir(folder).entryList(QDir::Files).size());
    }

private Q_SLOTS:
    void masteryHistoryAndGrid() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        const qint64 a = addSong(rig, QStringLiteral("Alors on danse"));
        const qint64 b = addSong(rig, QStringLiteral("Bella"));
        QVERIFY(a && b);
        RehearsalRepository rehearsal(*rig.db);
        QVERIFY(rehearsal.setMastery(rig.member, a, rig.member.userId, 3).ok());
        QVERIFY(rehearsal.setMastery(rig.member, a, rig.member.userId, 7).ok());
        QVERIFY(rehearsal.setMastery(rig.member, a, rig.member.userId, 7).ok()); // same level: no change
        QVERIFY(rehearsal.setMastery(rig.leader, a, rig.leader.userId, 10).ok());
        QCOMPARE(rehearsal.mastery(a, rig.member.userId).value(), std::optional<int>(7));
        QCOMPARE(rehearsal.mastery(b, rig.member.userId).value(), std::optional<int>());

        const auto history = rehearsal.history(a).value();
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history[0].level, 3);
        QCOMPARE(history[1].level, 7);
        QCOMPARE(history[1].memberName, QStringLiteral("member"));
        QCOMPARE(history[2].userId, rig.leader.userId);
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action = 'mastery.set'")), 3);

        const MasteryGrid grid = rehearsal.grid(rig.band).value();
        QCOMPARE(grid.members.size(), std::size_t(2)); // leader and member; the outsider is not in the band
        QCOMPARE(grid.rows.size(), std::size_t(2));
        QCOMPARE(grid.rows[0].title, QStringLiteral("Alors on danse"));
        QCOMPARE(grid.rows[0].average, std::optional<double>(8.5));
        QCOMPARE(grid.rows[1].average, std::optional<double>());
        for (std::size_t i = 0; i < grid.members.size(); ++i) {
            const auto expected = grid.members[i].userId == rig.leader.userId ? 10 : 7;
            QCOMPARE(grid.rows[0].levels[i], std::optional<int>(expected));
            QCOMPARE(grid.rows[1].levels[i], std::optional<int>());
        }

        // A member who leaves disappears from the grid and from the average.
        QVERIFY(BandRepository(*rig.db).removeMember(rig.member, rig.band, rig.member.userId).ok());
        const MasteryGrid after = rehearsal.grid(rig.band).value();
        QCOMPARE(after.members.size(), std::size_t(1));
        QCOMPARE(after.rows[0].average, std::optional<double>(10.0));
    }

    void masteryPermissionsAndRange() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        const qint64 song = addSong(rig, QStringLiteral("Djadja"));
        RehearsalRepository rehearsal(*rig.db);
        const int audit = rig.count(QStringLiteral("audit_log"));
        QCOMPARE(rehearsal.setMastery(rig.member, song, rig.leader.userId, 5).error().kind, Error::Kind::Denied);
        QCOMPARE(rehearsal.setMastery(rig.outsider, song, rig.outsider.userId, 5).error().kind, Error::Kind::Denied);
        // An admin may rate others but not pretend to be a member.
        QCOMPARE(rehearsal.setMastery(rig.admin, song, rig.admin.userId, 5).error().kind, Error::Kind::Denied);
        QCOMPARE(rehearsal.setMastery(rig.leader, song, rig.outsider.userId, 5).error().kind, Error::Kind::InvalidInput);
        const Error tooHigh = rehearsal.setMastery(rig.member, song, rig.member.userId, 11).error();
        QCOMPARE(tooHigh.kind, Error::Kind::InvalidInput);
        QVERIFY(tooHigh.message.contains(QStringLiteral("between 0 and 10")));
        QCOMPARE(rehearsal.setMastery(rig.member, song + 99, rig.member.userId, 5).error().kind, Error::Kind::NotFound);
        QCOMPARE(rig.count(QStringLiteral("audit_log")), audit);
        QCOMPARE(rig.count(QStringLiteral("mastery_history")), 0);
        QVERIFY(rehearsal.setMastery(rig.leader, song, rig.member.userId, 4).ok()); // leader rates a member
        QCOMPARE(rig.count(QStringLiteral("mastery_history")), 1);
    }

    void songNotes() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        const qint64 song = addSong(rig, QStringLiteral("Tout oublier"));
        RehearsalRepository rehearsal(*rig.db);
        QCOMPARE(rehearsal.addNote(rig.member, song, QStringLiteral("   ")).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(rehearsal.addNote(rig.outsider, song, QStringLiteral("hi")).error().kind, Error::Kind::Denied);
        auto first = rehearsal.addNote(rig.member, song, QStringLiteral("Pont : attention mesure 32"));
        auto second = rehearsal.addNote(rig.leader, song, QStringLiteral("Intro plus lente"));
        QVERIFY(first.ok() && second.ok());
        const auto list = rehearsal.notes(song).value();
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].id, second->id); // newest first
        // A member may remove their own note, not someone else's; the leader may remove any.
        QCOMPARE(rehearsal.removeNote(rig.member, second->id).error().kind, Error::Kind::Denied);
        QVERIFY(rehearsal.removeNote(rig.member, first->id).ok());
        QVERIFY(rehearsal.removeNote(rig.leader, second->id).ok());
        QVERIFY(rehearsal.notes(song)->empty());
        QCOMPARE(rehearsal.removeNote(rig.leader, second->id).error().kind, Error::Kind::NotFound);
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action LIKE 'note.%'")), 4);
    }

    void audioNotesCopyPlayAndRemove() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        const qint64 song = addSong(rig, QStringLiteral("Papaoutai"));
        const QString root = rig.dir.filePath(QStringLiteral("appdata"));
        RehearsalRepository rehearsal(*rig.db, root);
        const QString source = writeFile(rig.dir.filePath(QStringLiteral("take 1.OGG")), 1000);
        auto note = rehearsal.addAudioNote(rig.member, song, source);
        QVERIFY2(note.ok(), qPrintable(note.error().message));
        QCOMPARE(note->sizeBytes, qint64(1000));
        QVERIFY(note->fileName.endsWith(QStringLiteral(".ogg")));
        QVERIFY(!note->fileName.contains(QLatin1Char('/')));
        auto path = rehearsal.audioPath(note->id);
        QVERIFY(path.ok());
        QCOMPARE(*path, QDir(root + QStringLiteral("/audio-notes")).absoluteFilePath(note->fileName));
        QCOMPARE(QFileInfo(*path).size(), qint64(1000));
        QVERIFY(QFileInfo::exists(source)); // copied, not moved
        QCOMPARE(rehearsal.audioNotes(song)->size(), std::size_t(1));

        QCOMPARE(rehearsal.removeAudioNote(rig.outsider, note->id).error().kind, Error::Kind::Denied);
        QVERIFY(QFileInfo::exists(*path));
        QVERIFY(rehearsal.removeAudioNote(rig.member, note->id).ok());
        QVERIFY(!QFileInfo::exists(*path));
        QVERIFY(rehearsal.audioNotes(song)->empty());
        QCOMPARE(rehearsal.audioPath(note->id).error().kind, Error::Kind::NotFound);
    }

    void audioNoteLimitAndCleanupOnFailure() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        const qint64 song = addSong(rig, QStringLiteral("Formidable"));
        RehearsalRepository rehearsal(*rig.db, rig.dir.filePath(QStringLiteral("appdata")));
        const QString folder = rehearsal.audioFolder();

        const QString big = writeFile(rig.dir.filePath(QStringLiteral("big.wav")), RehearsalRepository::kMaxAudioBytes + 1);
        const Error tooBig = rehearsal.addAudioNote(rig.member, song, big).error();
        QCOMPARE(tooBig.kind, Error::Kind::InvalidInput);
        QVERIFY2(tooBig.message.contains(QStringLiteral("at most 20.0 MiB")), qPrintable(tooBig.message));
        QCOMPARE(filesIn(folder), 0);
        const QString exact = writeFile(rig.dir.filePath(QStringLiteral("exact.wav")), RehearsalRepository::kMaxAudioBytes);
        QVERIFY(rehearsal.addAudioNote(rig.member, song, exact).ok());
        QCOMPARE(filesIn(folder), 1);

        QCOMPARE(rehearsal.addAudioNote(rig.outsider, song, exact).error().kind, Error::Kind::Denied);
        QCOMPARE(filesIn(folder), 1);
        QCOMPARE(rehearsal.addAudioNote(rig.member, song, rig.dir.filePath(QStringLiteral("missing.ogg"))).error().kind,
                 Error::Kind::NotFound);

        // The row's transaction fails after the copy (the audit entry is refused): the copy goes too.
        QVERIFY(rig.db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")).ok());
        const QString small = writeFile(rig.dir.filePath(QStringLiteral("small.ogg")), 10);
        QVERIFY(!rehearsal.addAudioNote(rig.member, song, small).ok());
        QCOMPARE(filesIn(folder), 1);
        QCOMPARE(rig.count(QStringLiteral("audio_notes")), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreRehearsal)
#include "test_store_rehearsal.moc"
