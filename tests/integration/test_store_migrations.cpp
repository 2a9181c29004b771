#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SchemaHistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace oscalis::store;

namespace {

std::unique_ptr<Database> openOrFail(const QString& path) {
    auto db = Database::open(path);
    if (!db.ok()) qWarning() << db.error().message;
    return db.ok() ? std::move(db).value() : nullptr;
}

int scalarInt(Database& db, const QString& sql) {
    auto v = db.scalar(sql);
    return v.ok() ? v->toInt() : -1;
}

} // namespace

class TestStoreMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixturesMigrateToLatestKeepingRows_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("v0 (empty file)") << 0;
        QTest::newRow("v1 (accounts and bands)") << 1;
        QTest::newRow("v2 (songs and suggestions)") << 2;
        QTest::newRow("v3 (rehearsals and gigs)") << 3;
        QTest::newRow("v4 (chat, takes)") << 4;
    }
    void fixturesMigrateToLatestKeepingRows() {
        QFETCH(int, version);
        const QString fixture = QFINDTESTDATA(QStringLiteral("../data/store/v%1.sqlite").arg(version));
        QVERIFY2(!fixture.isEmpty(), "fixture missing: run oscalis_make_store_fixtures tests/data/store");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oscalis.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->userVersion().value(), version);
        auto report = Migrations::standard().run(*db);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->fromVersion, version);
        QCOMPARE(report->toVersion, Migrations::standard().latestVersion());
        QCOMPARE(db->userVersion().value(), Migrations::standard().latestVersion());
        QCOMPARE(db->integrityCheck().value(), QStringLiteral("ok"));

        if (version == 0) {
            QVERIFY(report->backupPath.isEmpty()); // nothing to lose in an empty file
            QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM users")), 0);
            return;
        }
        // A backup at the old version sits beside the file.
        QCOMPARE(report->backupPath, path + QStringLiteral(".v%1.bak").arg(version));
        QVERIFY(QFile::exists(report->backupPath));
        {
            auto backup = openOrFail(report->backupPath);
            QVERIFY(backup);
            QCOMPARE(backup->userVersion().value(), version);
            QCOMPARE(scalarInt(*backup, QStringLiteral("SELECT count(*) FROM users")), 2);
        }
        // The rows of every version survive.
        QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM users")), 2);
        QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM bands WHERE id = 1")).value().toString(),
                 QStringLiteral("Les Tilleuls"));
        QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM memberships WHERE band_id = 1")), 2);
        QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM sessions")), 1);
        QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM audit_log")), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT theme FROM band_settings WHERE band_id = 1")).value().toString(),
                 QStringLiteral("dark"));
        if (version >= 2) {
            QCOMPARE(db->scalar(QStringLiteral("SELECT title FROM songs WHERE id = 2")).value().toString(),
                     QStringLiteral("Éthiopie"));
            QCOMPARE(db->scalar(QStringLiteral("SELECT reaper_region FROM songs WHERE id = 1")).value().toString(),
                     QString());
            QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM suggestion_votes")), 1);
        }
        if (version >= 3) {
            QCOMPARE(scalarInt(*db, QStringLiteral("SELECT level FROM mastery WHERE song_id = 1 AND user_id = 2")), 7);
            QCOMPARE(db->scalar(QStringLiteral("SELECT answer FROM event_answers WHERE event_id = 1")).value().toString(),
                     QStringLiteral("maybe"));
            QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM setlist_items WHERE gig_id = 1")), 2);
        }
        if (version >= 4) {
            QCOMPARE(db->scalar(QStringLiteral("SELECT text FROM chat_messages WHERE room_id = 1")).value().toString(),
                     QStringLiteral("On répète jeudi ?"));
            QCOMPARE(scalarInt(*db, QStringLiteral("SELECT played_seconds FROM setlist_items WHERE position = 1")), 251);
            QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM song_takes WHERE song_id = 1")), 1);
        }
        // Version 5's kiosk PINs start empty and take a hash at once; a clear PIN is refused.
        QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM kiosk_pins")), 0);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO kiosk_pins (user_id, pin_hash, set_at) VALUES "
                                        "(1, '$argon2id$fixture', 'x')")).ok());
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO kiosk_pins (user_id, pin_hash, set_at) VALUES "
                                         "(2, '1234', 'x')")).ok());
        // Version 4 starts every band with the remote for leaders only, and its tables are usable at once.
        QCOMPARE(db->scalar(QStringLiteral("SELECT remote_access FROM band_settings WHERE band_id = 1")).value().toString(),
                 QStringLiteral("leaders"));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO chat_rooms (band_id, kind, name, created_at) VALUES (1, 'room', 'general', 'x')")).ok());
        // The new tables of version 3 are usable at once.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO gigs (band_id, name, date, created_at) VALUES (1, 'Fête', '2026-06-21', 'x')")).ok());
        // Migrating again is a no-op and makes no second backup.
        auto again = Migrations::standard().run(*db);
        QVERIFY(again.ok());
        QVERIFY(again->backupPath.isEmpty());
        QCOMPARE(again->fromVersion, Migrations::standard().latestVersion());
    }

    void freshFileIsCreatedAtLatest() {
        QTemporaryDir dir;
        auto db = Migrations::openLatest(dir.filePath(QStringLiteral("sub/folder/oscalis.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE((*db)->userVersion().value(), Migrations::standard().latestVersion());
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA synchronous")).value().toInt(), 2); // FULL
    }

    void fileFromNewerOscalisIsRefusedAndLeftAlone() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oscalis.sqlite"));
        {
            auto db = Migrations::openLatest(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->setUserVersion(99).ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        auto report = Migrations::standard().run(**db);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::TooNew);
        QVERIFY2(report.error().message.contains(QStringLiteral("newer Oscalis")), qPrintable(report.error().message));
        QCOMPARE((*db)->userVersion().value(), 99);
        QVERIFY(!QFile::exists(path + QStringLiteral(".v99.bak")));
    }

    void failingStepRollsBackAndKeepsOldVersion() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oscalis.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(Migrations::standard().run(**db, 2).ok());
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO users (username, display_name, password_hash, created_at) "
                                           "VALUES ('zoe', 'Zoé', 'x', 'now')")).ok());

        std::vector<MigrationStep> steps = SchemaHistory::steps();
        steps.resize(2);
        steps.push_back({3, QStringLiteral("a broken step"), [](Database& d) -> Status {
                             auto r = d.exec(QStringLiteral("CREATE TABLE half_done (x INTEGER)"));
                             if (!r.ok()) return r.error();
                             auto u = d.exec(QStringLiteral("UPDATE users SET display_name = 'changed'"));
                             if (!u.ok()) return u.error();
                             return Error::storage(QStringLiteral("simulated failure"));
                         }});
        auto report = Migrations(steps).run(**db);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(QStringLiteral("left at version 2")), qPrintable(report.error().message));
        QCOMPARE((*db)->userVersion().value(), 2);
        QVERIFY((*db)->scalar(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'half_done'")).value().isNull());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT display_name FROM users")).value().toString(), QStringLiteral("Zoé"));
        QVERIFY(QFile::exists(path + QStringLiteral(".v2.bak")));

        // The real history still takes the file the rest of the way afterwards.
        auto fixed = Migrations::standard().run(**db);
        QVERIFY2(fixed.ok(), qPrintable(fixed.error().message));
        QCOMPARE((*db)->userVersion().value(), Migrations::standard().latestVersion());
        QCOMPARE(fixed->backupPath, path + QStringLiteral(".v2.bak.2")); // the first backup is kept
    }

    void notADatabaseIsAClearError() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Migrations::openLatest(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Storage);
        QVERIFY2(db.error().message.startsWith(QStringLiteral("The band database at")), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
    }

    void foreignDatabaseIsNotTouched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")).ok());
        }
        auto db = Migrations::openLatest(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("not an Oscalis band database")), qPrintable(db.error().message));
    }

    void folderInsteadOfFileIsAClearError() {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("folder")), qPrintable(db.error().message));
    }

    void transactionRollsBackOnError() {
        QTemporaryDir dir;
        auto db = Migrations::openLatest(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        Database& d = **db;
        Status s = d.transaction([&]() -> Status {
            auto inserted = d.exec(QStringLiteral("INSERT INTO users (username, display_name, password_hash, created_at) "
                                                  "VALUES ('a', 'a', 'x', 'now')"));
            if (!inserted.ok()) return inserted.error();
            // nested: a savepoint that fails, then the outer one fails too
            Status inner = d.transaction([&]() -> Status { return Error::invalid(QStringLiteral("inner")); });
            if (inner.ok()) return Error::storage(QStringLiteral("inner should fail"));
            return Error::invalid(QStringLiteral("outer"));
        });
        QCOMPARE(s.error().message, QStringLiteral("outer"));
        QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM users")).value().toInt(), 0);
        QVERIFY(!d.inTransaction());
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "test_store_migrations.moc"
