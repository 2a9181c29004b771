// store::Database keeps the statements it runs prepared, by SQL text. These tests check that a
// kept statement gives the same answers as a fresh one: new parameters each time, errors that
// leave nothing open, schema changes under it, transactions, and more texts than the cache holds.
// Real SQLite files in a temporary folder; a second connection plays another thread of Oscalis.

#include "store/Database.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace oscalis::store;

class TestStoreStatements : public QObject {
    Q_OBJECT

    static std::unique_ptr<Database> openIn(const QTemporaryDir& dir) {
        auto db = Database::open(dir.filePath(QStringLiteral("statements.sqlite")));
        return db.ok() ? std::move(db).value() : nullptr;
    }

    static bool makeTable(Database& db) {
        return db
            .exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, "
                                 "text TEXT NOT NULL UNIQUE)"))
            .ok();
    }

private Q_SLOTS:
    void sameTextNewParametersEachTime() {
        QTemporaryDir dir;
        auto db = openIn(dir);
        QVERIFY(db && makeTable(*db));
        const QString add = QStringLiteral("INSERT INTO notes (text) VALUES (?)");
        const QString find = QStringLiteral("SELECT text FROM notes WHERE id = ?");
        std::vector<qint64> ids;
        for (int i = 0; i < 20; ++i) {
            auto id = db->insert(add, {QStringLiteral("note %1").arg(i)});
            QVERIFY2(id.ok(), qPrintable(id.error().message));
            ids.push_back(*id);
        }
        for (int i = 19; i >= 0; --i)
            QCOMPARE(db->scalar(find, {ids[std::size_t(i)]})->toString(),
                     QStringLiteral("note %1").arg(i));
        QVERIFY(!db->scalar(find, {qint64(9999)})->isValid()); // no row: nothing left over
        QCOMPARE(
            db->ids(QStringLiteral("SELECT id FROM notes WHERE id <= ? ORDER BY id DESC"), {ids[2]})
                .value(),
            (std::vector<qint64>{ids[2], ids[1], ids[0]}));
        QCOMPARE(
            db->select(QStringLiteral("SELECT text FROM notes WHERE id > ? ORDER BY id"), {ids[17]})
                ->size(),
            std::size_t(2));
        QCOMPARE(
            db->exec(QStringLiteral("UPDATE notes SET text = text || '!' WHERE id = ?"), {ids[0]})
                .value(),
            1);
        QCOMPARE(db->exec(QStringLiteral("UPDATE notes SET text = text || '!' WHERE id = ?"),
                          {qint64(9999)})
                     .value(),
                 0);
        QCOMPARE(db->scalar(find, {ids[0]})->toString(), QStringLiteral("note 0!"));
    }

    void aFailedStatementLeavesNothingOpen() {
        QTemporaryDir dir;
        auto db = openIn(dir);
        QVERIFY(db && makeTable(*db));
        const QString add = QStringLiteral("INSERT INTO notes (text) VALUES (?)");
        QVERIFY(db->insert(add, {QStringLiteral("twice")}).ok());
        auto again = db->insert(add, {QStringLiteral("twice")});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY(db->insert(add, {QStringLiteral("once")}).ok()); // the same statement works on

        // A statement left open would keep its snapshot of the file: another connection could
        // not checkpoint the whole log, and COMMIT would fail with statements in progress.
        const QString count = QStringLiteral("SELECT count(*) FROM notes WHERE text <> ?");
        QCOMPARE(db->scalar(count, {QString()})->toInt(), 2);
        QVERIFY(db->transaction([&]() -> Status {
                      auto r = db->insert(add, {QStringLiteral("inside")});
                      if (!r.ok())
                          return r.error();
                      return {};
                  }).ok());
        auto other = openIn(dir);
        QVERIFY(other);
        QVERIFY(other->insert(add, {QStringLiteral("from the other connection")}).ok());
        auto checkpoint = other->select(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(checkpoint.ok());
        QCOMPARE(checkpoint->front().value(0).toInt(), 0);    // 0: not blocked by a reader
        QCOMPARE(db->scalar(count, {QString()})->toInt(), 4); // and this one sees the new row
    }

    void aKeptStatementFollowsSchemaChanges() {
        QTemporaryDir dir;
        auto db = openIn(dir);
        QVERIFY(db && makeTable(*db));
        QVERIFY(
            db->insert(QStringLiteral("INSERT INTO notes (text) VALUES (?)"), {QStringLiteral("a")})
                .ok());
        // This connection changes the table, as a migration does: rows come in the new shape.
        const QString all = QStringLiteral("SELECT * FROM notes");
        QCOMPARE(db->select(all)->front().count(), 2);
        QVERIFY(
            db->exec(QStringLiteral("ALTER TABLE notes ADD COLUMN mood TEXT DEFAULT 'ok'")).ok());
        auto rows = db->select(all);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QCOMPARE(rows->front().count(), 3);
        QCOMPARE(rows->front().value(2).toString(), QStringLiteral("ok"));

        // Another connection changes it under a kept statement that names its columns.
        const QString one = QStringLiteral("SELECT text, mood FROM notes WHERE id = ?");
        QCOMPARE(db->select(one, {1})->front().value(1).toString(), QStringLiteral("ok"));
        auto other = openIn(dir);
        QVERIFY(other);
        QVERIFY(other->exec(QStringLiteral("CREATE INDEX notes_by_mood ON notes(mood)")).ok());
        QVERIFY(other->exec(QStringLiteral("UPDATE notes SET mood = 'fine'")).ok());
        QCOMPARE(db->select(one, {1})->front().value(1).toString(), QStringLiteral("fine"));
        QVERIFY(other->exec(QStringLiteral("DROP TABLE notes")).ok());
        QVERIFY(!db->select(one, {1}).ok()); // a clear error, not a stale answer
        QVERIFY(makeTable(*other));
        QVERIFY(other->exec(QStringLiteral("ALTER TABLE notes ADD COLUMN mood TEXT")).ok());
        QVERIFY(db->select(one, {1})->empty());
    }

    void transactionsCommitAndRollBackAgainAndAgain() {
        QTemporaryDir dir;
        auto db = openIn(dir);
        QVERIFY(db && makeTable(*db));
        const QString add = QStringLiteral("INSERT INTO notes (text) VALUES (?)");
        for (int round = 0; round < 5; ++round) {
            // Kept: the outer and the inner write; refused: the nested one that fails.
            const Status done = db->transaction([&]() -> Status {
                if (auto r = db->insert(add, {QStringLiteral("outer %1").arg(round)}); !r.ok())
                    return r.error();
                const Status inner = db->transaction([&]() -> Status {
                    if (auto r = db->insert(add, {QStringLiteral("nested %1").arg(round)}); !r.ok())
                        return r.error();
                    return Error::invalid(QStringLiteral("refused"));
                });
                if (inner.ok())
                    return Error::storage(QStringLiteral("the nested refusal was lost"));
                return db->transaction([&]() -> Status {
                    if (auto r = db->insert(add, {QStringLiteral("inner %1").arg(round)}); !r.ok())
                        return r.error();
                    return {};
                });
            });
            QVERIFY2(done.ok(), qPrintable(done.error().message));
            // The whole transaction refused: nothing of it stays.
            const Status refused = db->transaction([&]() -> Status {
                if (auto r = db->insert(add, {QStringLiteral("refused %1").arg(round)}); !r.ok())
                    return r.error();
                return Error::invalid(QStringLiteral("no"));
            });
            QVERIFY(!refused.ok());
            QVERIFY(!db->inTransaction());
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM notes"))->toInt(), 10);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM notes WHERE text LIKE ?"),
                            {QStringLiteral("nested%")})
                     ->toInt(),
                 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM notes WHERE text LIKE ?"),
                            {QStringLiteral("refused%")})
                     ->toInt(),
                 0);
    }

    void moreTextsThanTheCacheHolds() {
        QTemporaryDir dir;
        auto db = openIn(dir);
        QVERIFY(db);
        // 600 different texts (the cache keeps 256), each asked twice, in two passes.
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < 600; ++i)
                QCOMPARE(db->scalar(QStringLiteral("SELECT ? + %1").arg(i), {pass})->toInt(),
                         i + pass);
    }
};

QTEST_GUILESS_MAIN(TestStoreStatements)
#include "test_store_statements.moc"
