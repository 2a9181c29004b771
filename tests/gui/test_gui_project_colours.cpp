// What the ReaScript adds to the mixer: track colours on the strips, the real track count in
// the bank label, Next bank stopping at the last bank, and the script's status line.
#include "GuiRig.h"
#include "reaper/ProjectWatcher.h"
#include "reaper/sim/SimProjectFile.h"
#include "ui/InstallDialog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace oscalis;

namespace {
void writeProject(const QString& folder, const QByteArray& bytes) {
    QFile f(folder + "/project.json.tmp");
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QFile::remove(folder + "/project.json");
    QVERIFY(QFile::rename(folder + "/project.json.tmp", folder + "/project.json"));
}

std::unique_ptr<reaper::sim::Simulator> simulatorWith(int tracks) {
    reaper::sim::SimOptions o;
    o.port = 0;
    o.sendIntervalMs = 0;
    o.tracks = tracks;
    auto sim = std::make_unique<reaper::sim::Simulator>(o);
    return sim->start() ? std::move(sim) : nullptr;
}
} // namespace

class TestGuiProjectColours : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }

    void stripsShowColoursAndTheBankLabelTheTrueCount() {
        auto sim = simulatorWith(20);
        QVERIFY(sim);
        QTemporaryDir folder;
        writeProject(folder.path(), reaper::sim::SimProjectFile::projectJson(sim->project()));
        test::GuiRig rig;
        reaper::ProjectWatcher watcher(rig.session);
        QVERIFY(rig.startConnected(*sim));
        rig.window->setProjectWatcher(watcher);
        QCOMPARE(rig.window->mixer()->bankText(), QStringLiteral("Tracks 1–8"));
        QVERIFY(!rig.strip(1)->trackColour().isValid());

        watcher.setFolder(folder.path());
        QCOMPARE(rig.window->mixer()->bankText(), QStringLiteral("Tracks 1–8 of 20"));
        // Kick is drums red, Bass DI (track 7) blue; the band shows it.
        QCOMPARE(rig.strip(1)->trackColour(), QColor(QStringLiteral("#d94f3d")));
        QCOMPARE(rig.strip(7)->trackColour(), QColor(QStringLiteral("#3d7dd9")));
        QVERIFY(rig.strip(1)->colourBand()->styleSheet().contains(QStringLiteral("#d94f3d")));
        QVERIFY(!rig.strip(0)->trackColour().isValid()); // the master has none
        QVERIFY(rig.strip(7)->header()->toolTip().contains(QStringLiteral("ReaComp")));
        QVERIFY(rig.window->scriptStatus()->text().contains(QStringLiteral("20 tracks")));

        auto* next =
            rig.window->mixer()->findChild<QAbstractButton*>(QStringLiteral("nextBankButton"));
        QVERIFY(next && next->isEnabled());
        next->click();
        QTRY_COMPARE(rig.window->mixer()->bankText(), QStringLiteral("Tracks 9–16 of 20"));
        QTRY_COMPARE(rig.strip(1)->trackColour(), QColor(QStringLiteral("#4caf50"))); // Guitar L
        QVERIFY(rig.strip(3)->header()->toolTip().contains(
            QStringLiteral("Instrument: VSTi: ReaSynth")));
        next->click();
        QTRY_COMPARE(rig.window->mixer()->bankText(), QStringLiteral("Tracks 17–20 of 20"));
        QVERIFY(!next->isEnabled());

        // The keyboard's Next bank must not wrap REAPER round to the first bank either.
        const quint64 before = sim->messagesReceived();
        rig.link.nextBank();
        rig.link.nextBank();
        QTest::qWait(200); // nothing should arrive; give it the chance to
        QCOMPARE(sim->messagesReceived(), before);
        QCOMPARE(rig.window->mixer()->bankText(), QStringLiteral("Tracks 17–20 of 20"));
        QCOMPARE(sim->surface().bankStart, 16);
    }

    void aBrokenFileShowsAWarningAndKeepsTheColours() {
        auto sim = simulatorWith(16);
        QVERIFY(sim);
        QTemporaryDir folder;
        const QByteArray good = reaper::sim::SimProjectFile::projectJson(sim->project());
        writeProject(folder.path(), good);
        test::GuiRig rig;
        reaper::ProjectWatcher watcher(rig.session);
        QVERIFY(rig.startConnected(*sim));
        rig.window->setProjectWatcher(watcher);
        watcher.setFolder(folder.path());
        QCOMPARE(rig.strip(1)->trackColour(), QColor(QStringLiteral("#d94f3d")));

        writeProject(folder.path(), good.left(good.size() / 3));
        QTRY_VERIFY(rig.window->scriptStatus()->text().contains(QStringLiteral("unreadable")));
        QVERIFY(rig.window->scriptStatus()->toolTip().contains(QStringLiteral("project.json")));
        QCOMPARE(rig.strip(1)->trackColour(), QColor(QStringLiteral("#d94f3d")));
        QCOMPARE(rig.window->mixer()->bankText(), QStringLiteral("Tracks 1–8 of 16"));

        writeProject(folder.path(), good);
        QTRY_VERIFY(rig.window->scriptStatus()->text().contains(QStringLiteral("16 tracks")));
    }

    void warnsWhenTheScriptIsAnotherVersion() {
        QTemporaryDir folder;
        writeProject(
            folder.path(),
            R"({"format":"oscalis-project","scriptVersion":99,"trackCount":0,"tracks":[]})");
        test::UdpPeer silentReaper;
        test::GuiRig rig;
        QVERIFY(rig.start(silentReaper.port()));
        reaper::ProjectWatcher watcher(rig.session);
        rig.window->setProjectWatcher(watcher);
        QCOMPARE(rig.window->scriptStatus()->text(), QStringLiteral("REAPER script not running"));
        watcher.setFolder(folder.path());
        QVERIFY(rig.window->scriptStatus()->text().contains(QStringLiteral("version 99")));
        QVERIFY(rig.window->scriptStatus()->isVisible());
        QCOMPARE(rig.window->mixer()->bankText(), QStringLiteral("No tracks in the project"));
    }

    void theInstallDialogInstallsAndListsTheSteps() {
        QTemporaryDir resource;
        ui::InstallDialog dialog(resource.path(), reaper::LinkSettings{});
        dialog.install();
        QVERIFY(dialog.installed());
        QVERIFY(QFile::exists(resource.path() + "/OSC/Oscalis.ReaperOSC"));
        QVERIFY(QFile::exists(resource.path() + "/Scripts/Oscalis/oscalis.lua"));
        const QString text = dialog.reportText();
        QVERIFY(text.contains(QStringLiteral("installed")));
        QVERIFY(text.contains(QStringLiteral("Load ReaScript")));
        QVERIFY(rigHasInstallAction());
    }

private:
    static bool rigHasInstallAction() {
        test::UdpPeer silentReaper;
        test::GuiRig rig;
        if (!rig.start(silentReaper.port()))
            return false;
        auto* action = rig.window->findChild<QAction*>(QStringLiteral("installReaperAction"));
        return action && action->text().contains(QStringLiteral("Install REAPER integration"));
    }
};

QTEST_MAIN(TestGuiProjectColours)
#include "test_gui_project_colours.moc"
