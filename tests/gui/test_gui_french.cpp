// Oscalis in French: the language chosen in the settings is saved, and once installed the main
// window, its menu, the mixer and Qt's own dialog buttons speak French. English gets its plurals.
#include "GuiRig.h"
#include "ui/ConnectionIndicator.h"
#include "ui/Language.h"
#include "ui/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>

using namespace oscalis;

class TestGuiFrench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }

    // English is the source language; its translation only brings the plural forms.
    void englishSaysOneSongAndThreeSongs() {
        QVERIFY(ui::Language::install(QStringLiteral("en")));
        const auto uncounted = [](int n) {
            return QCoreApplication::translate("oscalis::ui::band::SetlistPdf",
                                               "%n song(s) without a length are not counted.",
                                               nullptr, n);
        };
        QCOMPARE(uncounted(1), QStringLiteral("1 song without a length is not counted."));
        QCOMPARE(uncounted(3), QStringLiteral("3 songs without a length are not counted."));
    }

    void frenchIsChosenInTheSettingsAndInstalled() {
        // What the settings dialog saves is what the next start reads.
        ui::SettingsDialog dialog;
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Français")));
        ui::Language::save(dialog.language());
        QCOMPARE(ui::Language::saved(), ui::Language::Choice::French);
        QCOMPARE(ui::Language::resolve(ui::Language::saved()), QStringLiteral("fr"));
        QVERIFY(ui::Language::install(QStringLiteral("fr")));
        const auto uncounted = [](int n) {
            return QCoreApplication::translate("oscalis::ui::band::SetlistPdf",
                                               "%n song(s) without a length are not counted.",
                                               nullptr, n);
        };
        QCOMPARE(uncounted(0), QStringLiteral("0 morceau sans durée n’est pas compté."));
        QCOMPARE(uncounted(2), QStringLiteral("2 morceaux sans durée ne sont pas comptés."));
    }

    void theMainWindowSpeaksFrench() {
        auto sim = test::startSimulator();
        QVERIFY(sim);
        test::GuiRig rig;
        QVERIFY(rig.startConnected(*sim));

        auto* indicator = rig.window->findChild<ui::ConnectionIndicator*>();
        QVERIFY(indicator);
        QCOMPARE(indicator->text(), QStringLiteral("Connecté à REAPER"));

        auto* settings = rig.window->findChild<QAction*>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        QCOMPARE(settings->text(), QStringLiteral("&Réglages…"));
        auto* quit = rig.window->menuBar()
                         ->findChild<QMenu*>(QStringLiteral("oscalisMenu"))
                         ->actions()
                         .constLast();
        QCOMPARE(quit->text(), QStringLiteral("&Quitter"));

        auto* play = rig.window->findChild<QWidget*>(QStringLiteral("playButton"));
        QVERIFY(play);
        QCOMPARE(play->toolTip(), QStringLiteral("Lecture (Espace)"));
        auto* bank = rig.window->findChild<QLabel*>(QStringLiteral("bankLabel"));
        QVERIFY(bank);
        QVERIFY2(bank->text().startsWith(QStringLiteral("Pistes 1 à 8")), qPrintable(bank->text()));
    }

    void standardButtonsAndTheSettingsAreFrenchToo() {
        ui::SettingsDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Réglages d’Oscalis"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        // Qt's own words come from qtbase_fr (qt6-translations-l10n).
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->itemText(0), QStringLiteral("Comme le système"));
    }
};

QTEST_MAIN(TestGuiFrench)
#include "test_gui_french.moc"
