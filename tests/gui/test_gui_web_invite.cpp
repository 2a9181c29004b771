// "Invite bandmates": one QR code per address of the web server, each carrying the band's invite
// code; rotating the code from the panel redraws them; the server off or failed said in words;
// and the window's menu and the members page open it with what the composition root gave.
#include "BandRig.h"
#include "GuiRig.h"
#include "ui/band/MembersPage.h"
#include "ui/web/InvitePanel.h"
#include "ui/web/JoinCard.h"
#include "ui/web/QrCode.h"

#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>

using namespace oscalis;
using namespace oscalis::test;

namespace {
const QString kFingerprint = QStringLiteral("3F:A9:1C:77:0B:D2:5E:88:41:9A:C3:6D:E0:12:7F:B4:59:2E:"
                                            "A1:C8:06:9D:F3:4B:7A:E5:10:6C:93:D8:2B:45");

ui::JoinInfo twoAddresses() {
    ui::JoinInfo info;
    info.addresses = {QStringLiteral("https://192.168.1.20:8443/"),
                      QStringLiteral("https://10.0.0.7:8443/")};
    info.fingerprint = kFingerprint;
    return info;
}

/// Whether card shows address and a QR code that is exactly the one of address?invite=code.
bool showsCode(ui::JoinCard* card, const QString& address, const QString& code) {
    const QString link = address + QStringLiteral("?invite=") + code;
    const ui::QrCode expected(link);
    const QImage shown = card->qrImage();
    if (expected.isNull() || shown.isNull() || shown.width() != shown.height() ||
        shown.width() % expected.sizeWithQuietZone() != 0)
        return false;
    const int module = shown.width() / expected.sizeWithQuietZone();
    return card->address() == address && card->link() == link &&
           shown.convertToFormat(QImage::Format_Grayscale8) == expected.image(module);
}
/// Whether the card's QR code is drawn whole, not squeezed under the address row below it.
bool whole(ui::JoinCard* card) {
    auto* qr = card->findChild<QLabel*>(QStringLiteral("qrCode"));
    auto* address = card->findChild<QLineEdit*>(QStringLiteral("joinAddress"));
    return card->isVisible() && qr->isVisible() &&
           qr->size() == qr->pixmap().deviceIndependentSize().toSize() &&
           qr->geometry().bottom() < address->geometry().top() &&
           card->rect().contains(address->geometry());
}
} // namespace

class TestGuiWebInvite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsOneCodePerAddressAndRotatingRedrawsThem() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        ui::InvitePanel panel(rig.context.get(), twoAddresses());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        const QString before = rig.context->band().inviteCode;
        QCOMPARE(before.size(), 8);
        QCOMPARE(panel.cards().size(), 2);
        QVERIFY(showsCode(panel.cards()[0], QStringLiteral("https://192.168.1.20:8443/"), before));
        QVERIFY(showsCode(panel.cards()[1], QStringLiteral("https://10.0.0.7:8443/"), before));
        for (ui::JoinCard* card : panel.cards())
            QTRY_VERIFY(whole(card));
        QVERIFY(panel.statusText().contains(before));
        QVERIFY(panel.statusText().contains(QStringLiteral("Les Tilleuls")));
        auto* fingerprint = panel.findChild<QLabel*>(QStringLiteral("certificateFingerprint"));
        QVERIFY(fingerprint->isVisible());
        QCOMPARE(fingerprint->text().remove(QLatin1Char('\n')), kFingerprint);

        // The keyboard: Close has the focus, Tab goes to the first card, then its Copy button.
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("dialogCloseButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 panel.cards()[0]->findChild<QLineEdit*>(QStringLiteral("joinAddress")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 panel.cards()[0]->findChild<QPushButton*>(QStringLiteral("copyLinkButton")));

        // "Copy link" puts the whole link, invite code included, on the clipboard.
        auto* copy = panel.cards()[1]->findChild<QPushButton*>(QStringLiteral("copyLinkButton"));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("https://10.0.0.7:8443/?invite=") + before);
        QVERIFY(panel.feedbackText().contains(QStringLiteral("Copied")));

        // A leader makes a new code from the panel: the old one is dead, both QR codes follow.
        auto* rotate = panel.findChild<QPushButton*>(QStringLiteral("rotateInviteButton"));
        QVERIFY(rotate->isVisible() && rotate->isEnabled());
        QTest::mouseClick(rotate, Qt::LeftButton);
        const QString after =
            store::BandRepository(*rig.db).find(rig.context->bandId())->inviteCode;
        QVERIFY(after != before);
        QCOMPARE(panel.inviteCode(), after);
        QCOMPARE(panel.cards().size(), 2);
        QVERIFY(showsCode(panel.cards()[0], QStringLiteral("https://192.168.1.20:8443/"), after));
        QVERIFY(showsCode(panel.cards()[1], QStringLiteral("https://10.0.0.7:8443/"), after));
        QVERIFY(panel.statusText().contains(after));
        QVERIFY(panel.feedbackText().contains(after));
        // Redrawn whole, with room for the line about the new code.
        for (ui::JoinCard* card : panel.cards())
            QTRY_VERIFY(whole(card));
        QVERIFY(!rig.context->accounts()
                     .registerUser(QStringLiteral("bob"), QStringLiteral("Bob"),
                                   QStringLiteral("bass player"), before)
                     .ok());
    }

    void saysWhenTheServerIsOffOrFailed() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        ui::InvitePanel panel(rig.context.get(), ui::JoinInfo{});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.cards().isEmpty());
        QVERIFY(panel.statusText().contains(QStringLiteral("web server is off")));
        // Bandmates can still join at the desktop with the code.
        QVERIFY(panel.statusText().contains(rig.context->band().inviteCode));
        QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("certificateFingerprint"))->isVisible());

        ui::JoinInfo failed;
        failed.error = QStringLiteral("Port 8443 is already used by another program.");
        panel.setJoinInfo(failed);
        QVERIFY(panel.cards().isEmpty());
        QVERIFY(panel.statusText().contains(QStringLiteral("not running")));
        QVERIFY(panel.statusText().contains(failed.error));

        // The server comes up: the codes appear.
        panel.setJoinInfo(twoAddresses());
        QCOMPARE(panel.cards().size(), 2);
        QVERIFY(panel.cards()[0]->isVisible());
    }

    void aMemberSeesTheCodeButCannotRotateIt() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        const QString code = rig.context->band().inviteCode;
        QVERIFY(rig.registerBob().ok());
        QVERIFY(rig.signInBob());
        ui::InvitePanel panel(rig.context.get(), twoAddresses());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(showsCode(panel.cards()[0], QStringLiteral("https://192.168.1.20:8443/"), code));
        auto* rotate = panel.findChild<QPushButton*>(QStringLiteral("rotateInviteButton"));
        QVERIFY(rotate->isVisible());
        QVERIFY(!rotate->isEnabled());
        QVERIFY(rotate->toolTip().contains(QStringLiteral("leader")));

        // Signed out, the links carry no code at all.
        rig.context->signOut();
        QCOMPARE(panel.inviteCode(), QString());
        QCOMPARE(panel.cards()[0]->link(), QStringLiteral("https://192.168.1.20:8443/"));
        QVERIFY(!rotate->isVisible());
    }

    void theMenuAndTheMembersPageOpenItWithWhatTheWindowWasGiven() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        reaper::Session session;
        reaper::Link link(session);
        ui::MainWindow window(session, link);
        window.attachBand(*rig.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* invite = window.findChild<QAction*>(QStringLiteral("inviteBandmatesAction"));
        QVERIFY(invite && invite->isEnabled());
        invite->trigger();
        ui::InvitePanel* panel = openedDialog<ui::InvitePanel>(&window);
        QVERIFY(panel);
        QVERIFY(panel->statusText().contains(QStringLiteral("web server is off")));
        // The composition root learns the addresses later: the open panel shows them at once.
        window.setJoinInfo(twoAddresses());
        QCOMPARE(panel->cards().size(), 2);
        QVERIFY(showsCode(panel->cards()[1], QStringLiteral("https://10.0.0.7:8443/"),
                          rig.context->band().inviteCode));
        QTest::keyClick(panel, Qt::Key_Escape);
        QTRY_VERIFY(!window.invitePanel());

        // From the members page, next to the invite code.
        const auto rows =
            window.navigation()->findItems(QStringLiteral("Members"), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        window.navigation()->setCurrentItem(rows.first());
        auto* members =
            qobject_cast<ui::band::MembersPage*>(window.bandPage(QStringLiteral("membersPage")));
        QVERIFY(members && members->isVisible());
        auto* button = members->findChild<QPushButton*>(QStringLiteral("inviteBandmatesButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        panel = openedDialog<ui::InvitePanel>(&window);
        QVERIFY(panel);
        QCOMPARE(panel->cards().size(), 2);
        panel->close();
    }
};

QTEST_MAIN(TestGuiWebInvite)
#include "test_gui_web_invite.moc"
