// Crash safety: a writer process adds songs through SongRepository and prints each id after its
// commit returned; we SIGKILL it at varying moments, 20 times, and check that the file is sound
// and that every acknowledged id is there. No timing assertions: the kill moment varies by the
// number of acknowledgements we wait for.

#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace oscalis::store;

class TestStoreCrash : public QObject {
    Q_OBJECT

    static QString writerPath() {
        const QString fromEnv = qEnvironmentVariable("OSCALIS_STORE_WRITER");
        if (!fromEnv.isEmpty()) return fromEnv;
        return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../store/oscalis_store_writer"));
    }

private Q_SLOTS:
    void acknowledgedWritesSurviveKill() {
        const QString writer = writerPath();
        QVERIFY2(QFileInfo(writer).isExecutable(), qPrintable(QStringLiteral("writer not found at ") + writer));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oscalis.sqlite"));
        QSet<qint64> acknowledged;

        for (int round = 0; round < 20; ++round) {
            QProcess proc;
            proc.setProcessChannelMode(QProcess::SeparateChannels);
            proc.start(writer, {path});
            QVERIFY2(proc.waitForStarted(10000), qPrintable(proc.errorString()));
            // 1, 4, 9, 16, 25 ... 57 acknowledgements: the kill lands at different points of the loop.
            const int wanted = 1 + (round * 7) % 57;
            int seen = 0;
            QByteArray pending;
            while (seen < wanted) {
                if (!proc.waitForReadyRead(20000)) break;
                pending += proc.readAllStandardOutput();
                int nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    bool ok = false;
                    const qint64 id = pending.left(nl).trimmed().toLongLong(&ok);
                    pending.remove(0, nl + 1);
                    if (ok) {
                        acknowledged.insert(id);
                        ++seen;
                    }
                }
            }
            QVERIFY2(seen >= wanted, qPrintable(QStringLiteral("writer stopped early: ") +
                                                QString::fromLocal8Bit(proc.readAllStandardError())));
            proc.kill(); // SIGKILL: no destructor, no COMMIT of anything in flight
            QVERIFY(proc.waitForFinished(10000));
            // Anything that was flushed between our last read and the kill was also acknowledged.
            pending += proc.readAllStandardOutput();
            for (const QByteArray& line : pending.split('\n')) {
                bool ok = false;
                const qint64 id = line.trimmed().toLongLong(&ok);
                if (ok) acknowledged.insert(id);
            }

            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            QCOMPARE((*db)->integrityCheck().value(), QStringLiteral("ok"));
            auto rows = (*db)->select(QStringLiteral("SELECT id FROM songs"));
            QVERIFY(rows.ok());
            QSet<qint64> stored;
            for (const auto& r : *rows) stored.insert(r.value(0).toLongLong());
            for (qint64 id : std::as_const(acknowledged))
                QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("acknowledged song %1 lost in round %2").arg(id).arg(round)));
            // Every song has its audit line (same transaction).
            auto orphans = (*db)->scalar(QStringLiteral("SELECT count(*) FROM songs s WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                                                        "WHERE a.target = 'song:' || s.id AND a.action = 'song.add')"));
            QCOMPARE(orphans.value().toInt(), 0);
        }
        QVERIFY(acknowledged.size() >= 20);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "test_store_crash.moc"
