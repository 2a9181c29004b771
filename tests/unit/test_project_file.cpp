// reaper::ProjectFile and Session's project merge: what the ReaScript writes is read field by
// field; anything cut short or malformed is refused with a message in plain words.
#include "reaper/ProjectFile.h"
#include "reaper/Session.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace oscalis;
using reaper::ProjectFile;

namespace {
// tests/data/reaper/project.json: what reaper_script/oscalis.lua writes (keys sorted, as its
// encoder does).
QByteArray good() {
    QFile f(QStringLiteral(OSCALIS_TEST_DATA "/reaper/project.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture project.json");
    return f.readAll();
}
const QByteArray kGood = good();
} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsWhatTheScriptWrites() {
        QString error;
        const auto p = ProjectFile::parseProject(kGood, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->scriptVersion, 1);
        QCOMPARE(p->projectName, QStringLiteral("Gig.RPP"));
        QCOMPARE(p->trackCount, 3);
        QCOMPARE(p->tracks[0].name, QStringLiteral("Voix \"lead\" é"));
        QCOMPARE(p->tracks[0].colour, QStringLiteral("#ff8800"));
        QCOMPARE(p->tracks[0].input, QStringLiteral("Stereo in 3/4"));
        QVERIFY(p->tracks[1].colour.isEmpty());
        QVERIFY(p->tracks[1].isFolder);
        QCOMPARE(p->tracks[1].name, QStringLiteral("Drums\\Bus"));
        QCOMPARE(p->tracks[2].folderDepth, 1);
        QCOMPARE(p->tracks[2].fx, QStringList({QStringLiteral("VSTi: ReaSynth (Cockos)"),
                                               QStringLiteral("JS: Delay")}));
        QCOMPARE(p->tracks[2].instrument, QStringLiteral("VSTi: ReaSynth (Cockos)"));
        QCOMPARE(p->markers.size(), std::size_t(1));
        QCOMPARE(p->regions.at(0).name, QStringLiteral("Chanson 1"));
        QCOMPARE(p->regions.at(0).end, 190.5);
        QCOMPARE(p->regions.at(0).colour, QStringLiteral("#0000ff"));
    }

    void refusesEveryCutShortVersionOfAGoodFile() {
        const QByteArray whole = kGood.trimmed();
        for (int length = 0; length < whole.size(); length += 7) {
            QString error;
            QVERIFY2(!ProjectFile::parseProject(whole.left(length), &error),
                     qPrintable(QStringLiteral("accepted the first %1 bytes").arg(length)));
            QVERIFY(!error.isEmpty());
        }
    }

    void refusesWrongShapesWithAPlainMessage_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("not complete JSON");
        QTest::newRow("other file")
            << QByteArray(R"({"format":"something"})") << QStringLiteral("not an Oscalis");
        QTest::newRow("count mismatch")
            << QByteArray(
                   R"({"format":"oscalis-project","scriptVersion":1,"trackCount":2,"tracks":[]})")
            << QStringLiteral("lists 0 tracks but says there are 2");
        QTest::newRow("bad colour")
            << QByteArray(
                   R"({"format":"oscalis-project","scriptVersion":1,"trackCount":1,"tracks":[{"index":1,"name":"A","colour":"red"}]})")
            << QStringLiteral("#rrggbb");
        QTest::newRow("index out of order")
            << QByteArray(
                   R"({"format":"oscalis-project","scriptVersion":1,"trackCount":1,"tracks":[{"index":2,"name":"A"}]})")
            << QStringLiteral("track 1");
        QTest::newRow("name not text")
            << QByteArray(
                   R"({"format":"oscalis-project","scriptVersion":1,"trackCount":1,"tracks":[{"index":1,"name":5}]})")
            << QStringLiteral("\"name\" should be text");
        QTest::newRow("no version")
            << QByteArray(R"({"format":"oscalis-project","trackCount":0,"tracks":[]})")
            << QStringLiteral("scriptVersion");
        // Found by fuzz_project_file: the number was converted before its range was checked
        // (undefined behaviour, reported by UBSan's float-cast-overflow).
        QTest::newRow("huge count")
            << QByteArray(
                   R"({"format":"oscalis-project","scriptVersion":1,"trackCount":1e300,"tracks":[]})")
            << QStringLiteral("\"trackCount\" should be a whole number");
        QTest::newRow("marker without position")
            << QByteArray(
                   R"({"format":"oscalis-project","scriptVersion":1,"trackCount":0,"tracks":[],"markers":[{"number":1,"name":"A"}]})")
            << QStringLiteral("marker 1");
    }
    void refusesWrongShapesWithAPlainMessage() {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ProjectFile::parseProject(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void readsEvents() {
        const QByteArray text =
            R"({"events":[{"from":"VSTi: Piano","kind":"instrument","time":"2025-03-01T20:15:00Z","to":"VSTi: Organ","track":2,"trackName":"Keys"}],"format":"oscalis-events","scriptVersion":1})";
        QString error;
        const auto events = ProjectFile::parseEvents(text, &error);
        QVERIFY2(events, qPrintable(error));
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->at(0).to, QStringLiteral("VSTi: Organ"));
        QCOMPARE(events->at(0).when, QDateTime(QDate(2025, 3, 1), QTime(20, 15), Qt::UTC));
        QVERIFY(!ProjectFile::parseEvents(text.left(40), &error));
    }

    void readsRecordings() {
        const QByteArray text =
            R"({"format":"oscalis-events","scriptVersion":2,"events":[],"recordings":[{"started":"2025-03-01T20:31:10Z","stopped":"2025-03-01T20:34:12Z","start":200.25,"end":381.75,"project":"/home/band/Rehearsal.RPP","files":[{"path":"/home/band/Audio/Rehearsal-Guitar-001.wav","track":1,"trackName":"Guitar","start":200.5,"end":381.5}]}]})";
        QString error;
        const auto recordings = ProjectFile::parseRecordings(text, &error);
        QVERIFY2(recordings, qPrintable(error));
        QCOMPARE(recordings->size(), std::size_t(1));
        const auto& r = recordings->front();
        QCOMPARE(r.started, QDateTime(QDate(2025, 3, 1), QTime(20, 31, 10), Qt::UTC));
        QCOMPARE(r.stopped, QDateTime(QDate(2025, 3, 1), QTime(20, 34, 12), Qt::UTC));
        QCOMPARE(r.start, 200.25);
        QCOMPARE(r.end, 381.75);
        QCOMPARE(r.project, QStringLiteral("/home/band/Rehearsal.RPP"));
        QCOMPARE(r.files.size(), std::size_t(1));
        QCOMPARE(r.files[0].path, QStringLiteral("/home/band/Audio/Rehearsal-Guitar-001.wav"));
        QCOMPARE(r.files[0].trackName, QStringLiteral("Guitar"));
        QCOMPARE(r.files[0].end, 381.5);

        // A file from script version 1 has no recordings: none, and no complaint.
        QVERIFY(ProjectFile::parseRecordings(
                    R"({"format":"oscalis-events","scriptVersion":1,"events":[]})", &error)
                    ->empty());
        QByteArray broken = text;
        broken.replace(R"("path":"/home)", R"("path":7,"x":"/home)");
        QVERIFY(!ProjectFile::parseRecordings(broken, &error));
        QVERIFY2(error.contains(QStringLiteral("recording 1, file 1: \"path\" should be text")),
                 qPrintable(error));
        QByteArray backwards = text;
        backwards.replace(R"("end":381.75)", R"("end":100)");
        QVERIFY(!ProjectFile::parseRecordings(backwards, &error));
        QVERIFY2(error.contains(QStringLiteral("out of order")), qPrintable(error));
    }

    void sessionLooksTracksUpByAbsoluteNumberAndKnowsTheLastBank() {
        reaper::Session s;
        s.setBankSize(2);
        QVERIFY(!s.trackCount());
        QVERIFY(!s.lastBankIndex());
        QSignalSpy project(&s, &reaper::Session::projectChanged);
        QSignalSpy tracks(&s, &reaper::Session::trackChanged);
        s.setProject(*ProjectFile::parseProject(kGood, nullptr));
        QCOMPARE(project.count(), 1);
        QCOMPARE(tracks.count(), 2); // every bank slot may show a new colour
        QCOMPARE(tracks.at(0).at(1).toUInt(), std::uint32_t(reaper::FieldProject));
        QCOMPARE(s.trackCount(), 3);
        QCOMPARE(s.lastBankIndex(), 2);
        QCOMPARE(s.scriptVersion(), 1);
        QCOMPARE(s.projectTrack(3)->name, QStringLiteral("Keys"));
        QVERIFY(!s.projectTrack(4));
        QVERIFY(!s.projectTrack(0));
        s.setProject(*ProjectFile::parseProject(kGood, nullptr));
        QCOMPARE(project.count(), 1); // the same file again changes nothing
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "test_project_file.moc"
