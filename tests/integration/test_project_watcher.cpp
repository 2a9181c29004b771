// reaper::ProjectWatcher on a real folder: files written, replaced by rename, cut short or
// malformed, the way the ReaScript (or a crash) leaves them. The last good state always stays.
#include "reaper/ProjectWatcher.h"
#include "reaper/Session.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace oscalis;

namespace {
QByteArray project(int count, const QString& firstName = QStringLiteral("Kick"),
                   const QString& firstColour = QStringLiteral("#d94f3d"), int version = 1) {
    QByteArray tracks;
    for (int i = 1; i <= count; ++i) {
        const QString name = i == 1 ? firstName : QStringLiteral("Track %1").arg(i);
        const QString colour =
            i == 1 ? QStringLiteral("\"%1\"").arg(firstColour) : QStringLiteral("null");
        tracks +=
            QStringLiteral(
                R"(%1{"index":%2,"name":"%3","colour":%4,"folderDepth":0,"fx":[],"instrument":null})")
                .arg(i == 1 ? "" : ",")
                .arg(i)
                .arg(name, colour)
                .toUtf8();
    }
    return QStringLiteral(
               R"({"format":"oscalis-project","scriptVersion":%1,"trackCount":%2,"tracks":[%3],"markers":[],"regions":[]})")
        .arg(version)
        .arg(count)
        .arg(QString::fromUtf8(tracks))
        .toUtf8();
}

void writeDirect(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

/// What the ReaScript does: a temporary file in the same folder, renamed over the target.
void writeByRename(const QString& path, const QByteArray& bytes) {
    const QString tmp = path + QStringLiteral(".tmp");
    writeDirect(tmp, bytes);
    QFile::remove(path);
    QVERIFY(QFile::rename(tmp, path));
}
} // namespace

class TestProjectWatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsAFileAlreadyThere() {
        QTemporaryDir dir;
        writeDirect(dir.filePath("project.json"), project(23));
        reaper::Session session;
        reaper::ProjectWatcher watcher(session);
        watcher.setFolder(dir.path());
        QCOMPARE(session.trackCount(), 23);
        QCOMPARE(session.projectTrack(1)->colour, QStringLiteral("#d94f3d"));
        QVERIFY(watcher.lastWarning().isEmpty());
    }

    void followsRenamesAgainAndAgain() {
        QTemporaryDir dir;
        const QString path = dir.filePath("project.json");
        writeByRename(path, project(4));
        reaper::Session session;
        reaper::ProjectWatcher watcher(session);
        watcher.setFolder(dir.path());
        QCOMPARE(session.trackCount(), 4);
        // Each rename replaces the watched file; the watch must follow every time.
        for (int count = 5; count <= 8; ++count) {
            writeByRename(path, project(count));
            QTRY_COMPARE(session.trackCount(), count);
        }
        writeByRename(path, project(8, QStringLiteral("Bass"), QStringLiteral("#3d7dd9")));
        QTRY_COMPARE(session.projectTrack(1)->name, QStringLiteral("Bass"));
        QCOMPARE(session.projectTrack(1)->colour, QStringLiteral("#3d7dd9"));
    }

    void aCutShortFileWarnsAndKeepsTheLastGoodState() {
        QTemporaryDir dir;
        const QString path = dir.filePath("project.json");
        writeByRename(path, project(12));
        reaper::Session session;
        reaper::ProjectWatcher watcher(session);
        QSignalSpy warnings(&watcher, &reaper::ProjectWatcher::warning);
        QSignalSpy recovered(&watcher, &reaper::ProjectWatcher::recovered);
        watcher.setFolder(dir.path());
        QCOMPARE(session.trackCount(), 12);

        const QByteArray whole = project(13);
        writeDirect(path, whole.left(whole.size() / 2)); // a writer that died half way
        QTRY_COMPARE(warnings.count(), 1);
        QVERIFY(warnings.at(0).at(0).toString().contains(QStringLiteral("project.json")));
        QVERIFY(
            warnings.at(0).at(0).toString().contains(QStringLiteral("keeps what it last read")));
        QCOMPARE(session.trackCount(), 12);
        QCOMPARE(session.projectTrack(1)->name, QStringLiteral("Kick"));
        QVERIFY(!watcher.lastWarning().isEmpty());

        writeByRename(path, whole);
        QTRY_COMPARE(session.trackCount(), 13);
        QCOMPARE(recovered.count(), 1);
        QVERIFY(watcher.lastWarning().isEmpty());
    }

    void malformedAndForeignFilesWarnToo() {
        QTemporaryDir dir;
        const QString path = dir.filePath("project.json");
        writeByRename(path, project(3));
        reaper::Session session;
        reaper::ProjectWatcher watcher(session);
        QSignalSpy warnings(&watcher, &reaper::ProjectWatcher::warning);
        watcher.setFolder(dir.path());
        writeByRename(path, "{\"format\":\"oscalis-project\", oops}");
        QTRY_COMPARE(warnings.count(), 1);
        writeByRename(
            path, R"({"format":"oscalis-project","scriptVersion":1,"trackCount":5,"tracks":[]})");
        QTRY_COMPARE(warnings.count(), 2);
        QVERIFY(warnings.at(1).at(0).toString().contains(QStringLiteral("says there are 5")));
        writeByRename(path, "");
        QTRY_COMPARE(warnings.count(), 3);
        QCOMPARE(session.trackCount(), 3);
    }

    void waitsForAFolderThatDoesNotExistYet() {
        QTemporaryDir dir;
        const QString folder = dir.filePath("REAPER/Oscalis");
        reaper::Session session;
        reaper::ProjectWatcher watcher(session);
        watcher.setFolder(folder);
        QVERIFY(!session.trackCount());
        QVERIFY(watcher.lastWarning().isEmpty()); // no script yet is not a problem
        QVERIFY(QDir().mkpath(folder));           // the script's first run
        writeByRename(folder + "/project.json", project(7));
        QTRY_COMPARE_WITH_TIMEOUT(session.trackCount(), 7, 10000);
    }

    void readsTheScriptVersionAndEvents() {
        QTemporaryDir dir;
        writeByRename(dir.filePath("project.json"), project(2, "Kick", "#d94f3d", 7));
        reaper::Session session;
        reaper::ProjectWatcher watcher(session);
        QSignalSpy events(&watcher, &reaper::ProjectWatcher::eventsChanged);
        watcher.setFolder(dir.path());
        QCOMPARE(session.scriptVersion(), 7);
        writeByRename(
            dir.filePath("events.json"),
            R"({"format":"oscalis-events","scriptVersion":1,"events":[{"time":"2025-03-01T20:15:00Z","kind":"input","track":2,"trackName":"Keys","from":"Mono in 1","to":"Stereo in 1/2"}]})");
        QTRY_COMPARE(events.count(), 1);
        QCOMPARE(watcher.events().at(0).to, QStringLiteral("Stereo in 1/2"));
    }
};

QTEST_GUILESS_MAIN(TestProjectWatcher)
#include "test_project_watcher.moc"
