#include "store/DatabaseBackup.h"
#include "store/Migrations.h"
#include "store/SongRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QFile>
#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

class TestStoreBackup : public QObject {
    Q_OBJECT

    /// Enough songs with long notes to span many backup steps (64 pages each).
    static bool fill(test::StoreTestRig& rig, int n, const QString& prefix) {
        return rig.db->transaction([&]() -> Status {
            for (int i = 0; i < n; ++i) {
                auto r = rig.db->exec(QStringLiteral("INSERT INTO songs (band_id, title, notes, created_at) VALUES (?, ?, ?, ?)"),
                                      {rig.band, QStringLiteral("%1 %2").arg(prefix).arg(i), QString(2000, QLatin1Char('n')),
                                       QStringLiteral("2026-01-01T00:00:00.000Z")});
                if (!r.ok()) return r.error();
            }
            return {};
        }).ok();
    }

private Q_SLOTS:
    void backupRestoreRoundTrip() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        QVERIFY(fill(rig, 600, QStringLiteral("kept")));
        DatabaseBackup backup(*rig.db);
        const QString file = rig.dir.filePath(QStringLiteral("backups/oscalis-2026-05-17.sqlite"));
        QCOMPARE(backup.backupTo(rig.member, file).error().kind, Error::Kind::Denied);
        std::vector<double> progress;
        Status made = backup.backupTo(rig.admin, file, [&](double f) { progress.push_back(f); });
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
        QVERIFY2(progress.size() > 3, "a database of over 1 MB takes several 64-page steps");
        QCOMPARE(progress.back(), 1.0);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QVERIFY(progress.front() >= 0.0);
        QVERIFY(DatabaseBackup::checkBackupFile(file).ok());

        // Changes after the backup are undone by the restore.
        QVERIFY(fill(rig, 50, QStringLiteral("lost")));
        QCOMPARE(rig.count(QStringLiteral("songs")), 650);
        progress.clear();
        QCOMPARE(backup.restoreFrom(rig.leader, file).error().kind, Error::Kind::Denied);
        Status restored = backup.restoreFrom(rig.admin, file, [&](double f) { progress.push_back(f); });
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE(progress.back(), 1.0);
        QCOMPARE(rig.count(QStringLiteral("songs")), 600);
        QCOMPARE(rig.count(QStringLiteral("songs WHERE title LIKE 'lost%'")), 0);
        QCOMPARE(rig.db->integrityCheck().value(), QStringLiteral("ok"));
        QCOMPARE(rig.db->userVersion().value(), Migrations::standard().latestVersion());
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action = 'database.restore'")), 1);
        // The connection keeps working after the restore: repositories read and write as before.
        Song s;
        s.bandId = rig.band;
        s.title = QStringLiteral("After the restore");
        QVERIFY(SongRepository(*rig.db).add(rig.member, s).ok());
    }

    void restoreMigratesAnOlderBackup() {
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            auto db = Database::open(old);
            QVERIFY(db.ok());
            QVERIFY(Migrations::standard().run(**db, 2, false).ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO users (username, display_name, password_hash, role, created_at) "
                                               "VALUES ('old', 'Old', 'x', 'admin', '2025-01-01')")).ok());
        }
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        QVERIFY(DatabaseBackup(*rig.db).restoreFrom(rig.admin, old).ok());
        QCOMPARE(rig.db->userVersion().value(), Migrations::standard().latestVersion());
        QCOMPARE(rig.count(QStringLiteral("mastery")), 0); // the v3 tables exist now
        QCOMPARE(rig.count(QStringLiteral("users")), 1);
    }

    void refusedFilesLeaveTheLiveDatabaseUntouched() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        QVERIFY(fill(rig, 20, QStringLiteral("live")));
        const int songs = rig.count(QStringLiteral("songs"));
        const int audit = rig.count(QStringLiteral("audit_log"));
        DatabaseBackup backup(*rig.db);

        const QString garbage = rig.dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        bool called = false;
        const Error e = backup.restoreFrom(rig.admin, garbage, [&](double) { called = true; }).error();
        QCOMPARE(e.kind, Error::Kind::Storage);
        QVERIFY2(e.message.contains(QStringLiteral("not an Oscalis backup")), qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("nothing was changed")));
        QVERIFY(!called);

        const QString empty = rig.dir.filePath(QStringLiteral("other.sqlite"));
        { auto other = Database::open(empty); QVERIFY(other.ok()); }
        QVERIFY(backup.restoreFrom(rig.admin, empty).error().message.contains(QStringLiteral("not an Oscalis backup")));

        const QString newer = rig.dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(backup.backupTo(rig.admin, newer).ok());
        {
            auto db = Database::open(newer);
            QVERIFY(db.ok());
            QVERIFY((*db)->setUserVersion(99).ok());
        }
        QCOMPARE(backup.restoreFrom(rig.admin, newer).error().kind, Error::Kind::TooNew);
        QCOMPARE(backup.restoreFrom(rig.admin, rig.dir.filePath(QStringLiteral("missing"))).error().kind, Error::Kind::NotFound);

        QCOMPARE(rig.count(QStringLiteral("songs")), songs);
        QCOMPARE(rig.count(QStringLiteral("audit_log")), audit + 1); // only the successful backup's entry
        QCOMPARE(rig.db->integrityCheck().value(), QStringLiteral("ok"));
        QCOMPARE(rig.db->userVersion().value(), Migrations::standard().latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestStoreBackup)
#include "test_store_backup.moc"
