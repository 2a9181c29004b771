// Sign-in flow: the first-run administrator, a refused password, creating a band, and the window
// that hosts the band pages beside the mixer.
#include "BandRig.h"
#include "GuiRig.h"
#include "store/UserRepository.h"
#include "ui/band/BandBar.h"
#include "ui/band/BandChoiceDialog.h"
#include "ui/band/FirstAdminDialog.h"
#include "ui/band/LoginDialog.h"
#include "ui/band/MembersPage.h"

#include <QComboBox>
#include <QListWidget>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiBandSignIn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstRunCreatesTheAdminAndSignsIn() {
        BandRig rig;
        QVERIFY(rig.open());
        ui::band::FirstAdminDialog dialog(*rig.context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(type(&dialog, "username", QStringLiteral("ada")));
        QVERIFY(type(&dialog, "displayName", QStringLiteral("Ada Lovelace")));
        QVERIFY(type(&dialog, "password", QStringLiteral("correct horse")));
        QVERIFY(type(&dialog, "repeatPassword", QStringLiteral("correct horsf")));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // the passwords differ: nothing created, the dialog says so
        QVERIFY(dialog.errorText().contains(QStringLiteral("not the same")));
        QCOMPARE(rig.count(QStringLiteral("users")), 0);

        QVERIFY(type(&dialog, "repeatPassword", QStringLiteral("correct horse")));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.actor().isAnonymous());
        QCOMPARE(dialog.actor().role, auth::GlobalRole::Admin);
        auto ada = store::UserRepository(*rig.db).findByUsername(QStringLiteral("ada"));
        QVERIFY(ada.ok());
        QCOMPARE(ada->displayName, QStringLiteral("Ada Lovelace"));
        ui::band::LoginDialog nextStart(*rig.context); // the next start offers her name
        QCOMPARE(nextStart.findChild<QLineEdit*>(QStringLiteral("username"))->text(),
                 QStringLiteral("ada"));

        rig.context->signIn(dialog.actor());
        ui::band::BandBar bar(*rig.context);
        QCOMPARE(bar.userLabel()->text(), QStringLiteral("Signed in as Ada Lovelace"));
    }

    void aWrongPasswordIsRefusedInPlainWords() {
        BandRig rig;
        QVERIFY(rig.open());
        QVERIFY(rig.context->accounts()
                    .createFirstAdmin(QStringLiteral("ada"), {}, QStringLiteral("correct horse"))
                    .ok());
        ui::band::LoginDialog dialog(*rig.context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(type(&dialog, "username", QStringLiteral("ada")));
        QVERIFY(type(&dialog, "password", QStringLiteral("battery staple")));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.actor().isAnonymous());

        QVERIFY(type(&dialog, "password", QStringLiteral("correct horse")));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(!dialog.actor().isAnonymous());
        // The next sign-in offers the same user name.
        ui::band::LoginDialog next(*rig.context);
        QCOMPARE(next.findChild<QLineEdit*>(QStringLiteral("username"))->text(),
                 QStringLiteral("ada"));
    }

    void creatingABandShowsItsInviteCode() {
        BandRig rig;
        QVERIFY(rig.open());
        auto& accounts = rig.context->accounts();
        QVERIFY(
            accounts.createFirstAdmin(QStringLiteral("ada"), {}, QStringLiteral("correct horse"))
                .ok());
        auto actor = accounts.login(QStringLiteral("ada"), QStringLiteral("correct horse"),
                                    auth::AccountService::kDesktopSource);
        QVERIFY(actor.ok());
        rig.context->signIn(actor.value());
        QCOMPARE(rig.context->bandId(), qint64(0));
        ui::band::MembersPage members(*rig.context);
        QVERIFY(members.hintText().contains(QStringLiteral("Open a band first")));

        ui::band::BandChoiceDialog dialog(*rig.context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(!dialog.errorText().isEmpty()); // neither a name nor a code
        QVERIFY(type(&dialog, "bandName", QStringLiteral("Les Tilleuls")));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());

        QVERIFY(rig.context->bandId() != 0);
        QCOMPARE(rig.context->band().name, QStringLiteral("Les Tilleuls"));
        QCOMPARE(rig.context->bandRole(), auth::BandRole::Leader);
        QCOMPARE(members.inviteCode().size(), 8);
        QCOMPARE(members.inviteCode(), rig.context->band().inviteCode);
        // The band is remembered for the next sign-in.
        auto ada = store::UserRepository(*rig.db).find(actor->userId);
        QCOMPARE(ada->lastBandId.value_or(0), rig.context->bandId());
    }

    void theWindowHostsTheBandPagesBesideTheMixer() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        reaper::Session session;
        reaper::Link link(session);
        ui::MainWindow window(session, link);
        window.attachBand(*rig.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget* nav = window.navigation();
        QVERIFY(nav);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Mixer"));
        QVERIFY(window.mixer()->isVisible());
        QVERIFY(!nav->item(1)->isHidden());
        nav->setCurrentRow(1);
        QTRY_VERIFY(window.bandPage(QStringLiteral("songsPage"))->isVisible());
        QVERIFY(!window.mixer()->isVisible());
        QCOMPARE(window.bandBar()->bandSwitcher()->currentText(), QStringLiteral("Les Tilleuls"));

        rig.context->signOut(); // signed out: only the mixer is left
        QTRY_VERIFY(window.mixer()->isVisible());
        QVERIFY(nav->item(1)->isHidden());
    }
};

QTEST_MAIN(TestGuiBandSignIn)
#include "test_gui_band_signin.moc"
