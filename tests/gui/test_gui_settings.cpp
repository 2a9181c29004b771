// The settings dialog's REAPER script folder: shown, edited, saved and read back, and empty means
// the Oscalis folder in REAPER's resource folder.
#include "GuiRig.h"
#include "reaper/LinkSettingsStore.h"
#include "reaper/ReaperPaths.h"
#include "ui/SettingsDialog.h"

#include <QLineEdit>

using namespace oscalis;

class TestGuiSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }

    void theScriptFolderIsEditedSavedAndReadBack() {
        reaper::LinkSettings link;
        link.scriptFolder = QStringLiteral("/srv/studio/oscalis");
        ui::SettingsDialog dialog;
        dialog.setValues(link, true);
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("scriptFolderEdit"));
        QVERIFY(edit);
        QCOMPARE(QDir::fromNativeSeparators(edit->text()), QStringLiteral("/srv/studio/oscalis"));
        QVERIFY(edit->placeholderText().endsWith(QStringLiteral("Oscalis")));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("/home/band/REAPER/Oscalis/"));
        const reaper::LinkSettings edited = dialog.linkSettings();
        QCOMPARE(edited.scriptFolder, QStringLiteral("/home/band/REAPER/Oscalis"));

        QSettings stored;
        reaper::saveLinkSettings(stored, edited);
        QCOMPARE(reaper::loadLinkSettings(stored).scriptFolder, edited.scriptFolder);
        QCOMPARE(reaper::ReaperPaths::projectFolder(stored), edited.scriptFolder);

        edit->clear(); // back to the default, which follows the resource folder
        reaper::saveLinkSettings(stored, dialog.linkSettings());
        QVERIFY(reaper::loadLinkSettings(stored).scriptFolder.isEmpty());
        stored.setValue(QLatin1String(reaper::ReaperPaths::kResourceFolderKey),
                        QStringLiteral("/opt/reaper"));
        QCOMPARE(reaper::ReaperPaths::projectFolder(stored), QStringLiteral("/opt/reaper/Oscalis"));
    }
};

QTEST_MAIN(TestGuiSettings)
#include "test_gui_settings.moc"
