// "Signed-in browsers": the desktop lists the browser sessions (everyone's for an admin, one's
// own for a member) and ends one: it is revoked in the database and gone from the list.
#include "BandRig.h"
#include "GuiRig.h"
#include "store/SessionRepository.h"
#include "ui/web/SessionsDialog.h"

#include <QMenuBar>
#include <QTableWidget>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiWebSessions : public QObject {
    Q_OBJECT

    static int rowOf(QTableWidget* table, const QString& device) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == device)
                return row;
        return -1;
    }

private Q_SLOTS:
    void listsSessionsAndEndsOne() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        auto bob = rig.registerBob();
        QVERIFY(bob.ok());
        store::SessionRepository sessions(*rig.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 day = 24 * 3600;
        const qint64 ada = rig.context->actor().userId;
        auto laptop = sessions.create(ada, QStringLiteral("Firefox on Linux"), now, 30 * day);
        auto phone = sessions.create(bob->id, QStringLiteral("Chrome on Android"), now, 30 * day);
        auto old = sessions.create(bob->id, QStringLiteral("Safari on iPad"),
                                   now.addSecs(-40 * day), 30 * day); // expired ten days ago
        QVERIFY(laptop.ok() && phone.ok() && old.ok());
        QVERIFY(sessions.findValid(phone->token, now).ok());

        // Ada is the admin: she sees Bob's phone too, not the expired iPad.
        ui::SessionsDialog dialog(*rig.context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        const int row = rowOf(table, QStringLiteral("Chrome on Android"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("Bob (bob)"));
        QCOMPARE(table->item(row, 4)->text(),
                 now.addSecs(30 * day).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QVERIFY(rowOf(table, QStringLiteral("Safari on iPad")) < 0);

        auto* end = dialog.findChild<QPushButton*>(QStringLiteral("endSessionButton"));
        QVERIFY(!end->isEnabled()); // nothing selected yet
        table->selectRow(row);
        QVERIFY(end->isEnabled());
        QTest::mouseClick(end, Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(rowOf(table, QStringLiteral("Chrome on Android")) < 0);
        // Revoked in the database: that browser has to sign in again.
        QVERIFY(!sessions.findValid(phone->token, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(!rig.db
                     ->scalar(QStringLiteral("SELECT revoked_at FROM sessions WHERE id = ?"),
                              {phone->session.id})
                     ->isNull());
        QVERIFY(sessions.findValid(laptop->token, QDateTime::currentDateTimeUtc()).ok());

        // The remaining session took its place, selected: Space on the button ends it too.
        QCOMPARE(table->item(table->currentRow(), 1)->text(), QStringLiteral("Firefox on Linux"));
        QVERIFY(end->isEnabled());
        end->setFocus();
        QTest::keyClick(end, Qt::Key_Space);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(dialog.hintText().contains(QStringLiteral("No browser")));
        QVERIFY(!sessions.findValid(laptop->token, QDateTime::currentDateTimeUtc()).ok());
    }

    void aMemberSeesOnlyTheirOwn() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        auto bob = rig.registerBob();
        QVERIFY(bob.ok());
        store::SessionRepository sessions(*rig.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(
            sessions
                .create(rig.context->actor().userId, QStringLiteral("Firefox on Linux"), now, 3600)
                .ok());
        QVERIFY(sessions.create(bob->id, QStringLiteral("Chrome on Android"), now, 3600).ok());
        QVERIFY(rig.signInBob());

        ui::SessionsDialog dialog(*rig.context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Chrome on Android"));
    }

    void theMenuOpensItOnceSomeoneIsSignedIn() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        reaper::Session session;
        reaper::Link link(session);
        ui::MainWindow window(session, link);
        window.attachBand(*rig.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("signedInBrowsersAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto* dialog = openedDialog<ui::SessionsDialog>(&window);
        QVERIFY(dialog);
        QVERIFY(dialog->hintText().contains(QStringLiteral("No browser")));
        dialog->close();
        rig.context->signOut();
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestGuiWebSessions)
#include "test_gui_web_sessions.moc"
