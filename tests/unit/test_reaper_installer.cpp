// reaper::ReaperInstaller: copies the built-in files into a folder laid out like REAPER's
// resource folder, never replacing a file Oscalis did not write or a newer one.
#include "reaper/ReaperInstaller.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace oscalis;
using Installer = reaper::ReaperInstaller;
using Outcome = Installer::Outcome;

namespace {
QByteArray read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void write(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
/// A resource folder the way REAPER leaves it after a first start.
void layOutLikeReaper(const QString& root) {
    for (const char* sub : {"OSC", "Scripts", "Effects", "UserPlugins"})
        QDir(root).mkpath(QLatin1String(sub));
    write(root + "/reaper.ini", "[REAPER]\n");
    write(root + "/OSC/Default.ReaperOSC", "DEVICE_TRACK_COUNT 8\n");
}
} // namespace

class TestReaperInstaller : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void carriesTheThreeFilesInside() {
        for (const auto& item : Installer::defaultItems()) {
            const QByteArray bytes = read(item.resource);
            QVERIFY2(!bytes.isEmpty(), qPrintable(item.resource));
            QVERIFY2(Installer::fileVersion(bytes) >= 1, qPrintable(item.resource));
        }
    }

    void installsIntoAFreshResourceFolder() {
        QTemporaryDir root;
        layOutLikeReaper(root.path());
        const auto report = Installer(root.path()).install();
        QVERIFY(report.ok());
        QCOMPARE(report.files.size(), std::size_t(3));
        for (const auto& f : report.files)
            QCOMPARE(f.outcome, Outcome::Installed);
        QCOMPARE(read(root.path() + "/OSC/Oscalis.ReaperOSC"),
                 read(":/reaper_script/Oscalis.ReaperOSC"));
        QCOMPARE(read(root.path() + "/Scripts/Oscalis/oscalis.lua"),
                 read(":/reaper_script/oscalis.lua"));
        QCOMPARE(read(root.path() + "/Scripts/Oscalis/oscalis_json.lua"),
                 read(":/reaper_script/oscalis_json.lua"));
        QCOMPARE(read(root.path() + "/OSC/Default.ReaperOSC"),
                 QByteArray("DEVICE_TRACK_COUNT 8\n"));
        QVERIFY(report.lines().at(0).contains(QStringLiteral("installed")));
    }

    void createsMissingFolders() {
        QTemporaryDir root;
        const QString empty = root.path() + "/not yet/REAPER";
        QVERIFY(Installer(empty).install().ok());
        QVERIFY(QFile::exists(empty + "/Scripts/Oscalis/oscalis.lua"));
    }

    void secondInstallSaysAlreadyUpToDate() {
        QTemporaryDir root;
        Installer(root.path()).install();
        const auto again = Installer(root.path()).install();
        QVERIFY(again.ok());
        for (const auto& f : again.files)
            QCOMPARE(f.outcome, Outcome::AlreadyCurrent);
    }

    void replacesAnOlderOscalisVersionOnly() {
        QTemporaryDir root;
        const QString lua = root.path() + "/Scripts/Oscalis/oscalis.lua";
        const QString osc = root.path() + "/OSC/Oscalis.ReaperOSC";
        const QString json = root.path() + "/Scripts/Oscalis/oscalis_json.lua";
        write(lua, "-- Oscalis-File-Version: 0\nold\n");
        write(osc, "# my own pattern file\nDEVICE_TRACK_COUNT 8\n");
        write(json, "-- Oscalis-File-Version: 999\nfuture\n");
        const auto report = Installer(root.path()).install();
        QCOMPARE(report.files[0].outcome, Outcome::KeptOther);
        QCOMPARE(report.files[1].outcome, Outcome::Updated);
        QCOMPARE(report.files[2].outcome, Outcome::KeptNewer);
        QVERIFY(!report.ok()); // the user's own file is in the way: say so
        QVERIFY(report.files[0].message.contains(QStringLiteral("not written by Oscalis")));
        QCOMPARE(read(osc), QByteArray("# my own pattern file\nDEVICE_TRACK_COUNT 8\n"));
        QCOMPARE(read(lua), read(":/reaper_script/oscalis.lua"));
        QCOMPARE(read(json), QByteArray("-- Oscalis-File-Version: 999\nfuture\n"));
    }

    void leavesAHandEditedCopyOfTheSameVersion() {
        QTemporaryDir root;
        Installer(root.path()).install();
        const QString lua = root.path() + "/Scripts/Oscalis/oscalis.lua";
        const QByteArray edited = read(lua) + "-- my tweak\n";
        write(lua, edited);
        const auto report = Installer(root.path()).install();
        QCOMPARE(report.files[1].outcome, Outcome::KeptOther);
        QCOMPARE(read(lua), edited);
    }

    void reportsAFolderItCannotWrite() {
        QTemporaryDir root;
        write(root.path() + "/OSC", "a file where the folder should be");
        const auto report = Installer(root.path()).install();
        QCOMPARE(report.files[0].outcome, Outcome::Failed);
        QVERIFY(!report.ok());
        QCOMPARE(report.files[1].outcome, Outcome::Installed);
    }

    void stepsNameThePatternTheScriptAndThePorts() {
        reaper::LinkSettings link;
        link.reaperPort = 8123;
        link.listenPort = 9456;
        const QString steps = Installer::remainingSteps(link).join('\n');
        for (const char* word : {"Control/OSC/web", "\"Oscalis\"", "8123", "9456", "Load ReaScript",
                                 "oscalis.lua", "Run", "__startup.lua"})
            QVERIFY2(steps.contains(QLatin1String(word)), word);
    }
};

QTEST_GUILESS_MAIN(TestReaperInstaller)
#include "test_reaper_installer.moc"
