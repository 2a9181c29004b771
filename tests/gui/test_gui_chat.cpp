// The desktop's chat panel with the web server running in this process on plain loopback, a real
// database file and real WebSocket "browsers" (QWebSocket with a session cookie): what a browser
// writes shows on the desktop, what the desktop writes reaches the browser, a mention of the
// person at the desktop is notified with the unread badge, deleting reaches both sides, searching
// finds old messages; and without the server the chat works on the database alone. Also the
// band's browser-remote setting on the Members page and ending a browser's session.
#include "BandRig.h"
#include "GuiRig.h"
#include "reaper/Link.h"
#include "reaper/Session.h"
#include "store/SettingsRepository.h"
#include "tests/support/WebRig.h"
#include "ui/MainWindow.h"
#include "ui/band/BandContext.h"
#include "ui/band/MembersPage.h"
#include "ui/chat/ChatBanner.h"
#include "ui/chat/ChatPanel.h"
#include "ui/chat/Composer.h"
#include "ui/chat/LocalChatGateway.h"
#include "ui/chat/MessageModel.h"
#include "ui/chat/MessageView.h"
#include "ui/chat/PresenceList.h"
#include "ui/chat/RoomList.h"
#include "ui/chat/WebChatGateway.h"
#include "ui/web/SessionsDialog.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableWidget>
#include <QtTest>

using namespace oscalis;

namespace {
/// The texts of the chat messages a browser received, oldest first.
QStringList texts(const test::Browser& b) {
    QStringList list;
    for (const QJsonObject& m : b.of(QStringLiteral("chat.message")))
        list.append(
            m.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString());
    return list;
}

/// A browser writes text in a room.
void say(test::Browser& b, qint64 roomId, const QString& text) {
    b.send({{QStringLiteral("type"), QStringLiteral("chat.send")},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("text"), text}});
}

/// The texts the panel's conversation shows, oldest first ("" for a deleted message).
QStringList shown(const ui::ChatPanel& panel) {
    QStringList list;
    const ui::MessageModel& m = *panel.messages();
    for (int row = 0; row < m.rowCount(); ++row)
        list.append(m.index(row).data().toString());
    return list;
}

/// Sends text to the composer as a person types it, then Enter.
void typeAndSend(ui::Composer& composer, const QString& text) {
    composer.editor()->setFocus();
    QTest::keyClicks(composer.editor(), text);
    QTest::keyClick(composer.editor(), Qt::Key_Return);
}
} // namespace

class TestGuiChat : public QObject {
    Q_OBJECT

    std::unique_ptr<test::WebRig> m_rig;
    std::unique_ptr<ui::band::BandContext> m_context;

    /// The desktop, signed in as who, with the band open.
    bool signIn(const auth::Actor& who) {
        m_context = std::make_unique<ui::band::BandContext>(*m_rig->data.db);
        m_context->signIn(who);
        return m_context->bandId() == m_rig->data.band;
    }

    static ui::ChatPanel* openChatPage(ui::MainWindow& window) {
        window.navigation()->setCurrentRow(window.chatRow());
        return qobject_cast<ui::ChatPanel*>(window.bandPage(QStringLiteral("chatPanel")));
    }

private Q_SLOTS:
    void init() {
        test::useTestSettings();
        m_rig = std::make_unique<test::WebRig>();
        QVERIFY(m_rig->setUp());
    }
    void cleanup() {
        m_context.reset();
        m_rig.reset();
    }

    void browsersAndTheDesktopPanelTalkLive() {
        QVERIFY(m_rig->start());
        QVERIFY(signIn(m_rig->data.leader));
        ui::WebChatGateway gateway(*m_context, *m_rig->server);
        reaper::Session session;
        reaper::Link link(session);
        ui::MainWindow window(session, link);
        window.attachBand(*m_context, &gateway);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ChatPanel* panel = openChatPage(window);
        QVERIFY(panel);
        QCOMPARE(panel->roomList()->title(panel->currentRoom()), QStringLiteral("# general"));
        QCOMPARE(panel->hintText(), QString()); // live: no word about the server being off

        auto member = m_rig->browser(QStringLiteral("member"));
        QVERIFY(member);
        // Both people show as online, each where they are.
        WEB_TRY_COMPARE(panel->presence()->lines(),
                        QStringList({QStringLiteral("leader — studio computer"),
                                     QStringLiteral("member — browser")}));

        say(*member, member->generalRoom(), QStringLiteral("hello studio"));
        WEB_TRY_COMPARE(shown(*panel), QStringList{QStringLiteral("hello studio")});
        QCOMPARE(panel->messages()->index(0).data(ui::MessageModel::AuthorRole).toString(),
                 QStringLiteral("member"));

        // Enter sends; Shift+Enter starts a new line.
        typeAndSend(*panel->composer(), QStringLiteral("hi from the studio"));
        QCOMPARE(panel->composer()->text(), QString());
        WEB_TRY_VERIFY(texts(*member).contains(QStringLiteral("hi from the studio")));
        panel->composer()->editor()->setFocus();
        QTest::keyClicks(panel->composer()->editor(), QStringLiteral("line one"));
        QTest::keyClick(panel->composer()->editor(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(panel->composer()->editor(), QStringLiteral("line two"));
        QTest::keyClick(panel->composer()->editor(), Qt::Key_Return);
        WEB_TRY_VERIFY(texts(*member).contains(QStringLiteral("line one\nline two")));
        WEB_TRY_COMPARE(shown(*panel), QStringList({QStringLiteral("hello studio"),
                                                    QStringLiteral("hi from the studio"),
                                                    QStringLiteral("line one\nline two")}));
        // Rich text stays plain: markup is shown as typed, not interpreted.
        say(*member, member->generalRoom(), QStringLiteral("<b>not bold</b>"));
        WEB_TRY_COMPARE(shown(*panel).last(), QStringLiteral("<b>not bold</b>"));

        // The 4000 characters are counted; a longer message cannot be sent.
        panel->composer()->setText(QString(4001, QLatin1Char('x')));
        QCOMPARE(panel->composer()->countText(), QStringLiteral("4001 / 4000"));
        QVERIFY(!panel->composer()->canSend());
        QTest::keyClick(panel->composer()->editor(), Qt::Key_Return);
        QCOMPARE(panel->composer()->text().size(), 4001); // kept, not sent
    }

    void aMentionIsNotifiedAndCounted() {
        QVERIFY(m_rig->start());
        QVERIFY(signIn(m_rig->data.leader));
        ui::WebChatGateway gateway(*m_context, *m_rig->server);
        reaper::Session session;
        reaper::Link link(session);
        ui::MainWindow window(session, link);
        window.attachBand(*m_context, &gateway);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QListWidgetItem* chatEntry = window.navigation()->item(window.chatRow());
        QCOMPARE(chatEntry->text(), QStringLiteral("Chat"));
        ui::ChatBanner* banner = window.chatBanner();
        QVERIFY(!banner->isVisible());

        auto member = m_rig->browser(QStringLiteral("member"));
        QVERIFY(member);
        // A plain message: counted on the Chat entry, no notification.
        say(*member, member->generalRoom(), QStringLiteral("anyone there?"));
        WEB_TRY_COMPARE(chatEntry->text(), QStringLiteral("Chat (1)"));
        QVERIFY(!banner->isVisible());

        // A mention while the mixer is in front: the banner says who and where.
        say(*member, member->generalRoom(), QStringLiteral("@leader can you check the mix?"));
        WEB_TRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->title(), QStringLiteral("member mentioned you in #general"));
        QCOMPARE(banner->text(), QStringLiteral("@leader can you check the mix?"));
        WEB_TRY_COMPARE(chatEntry->text(), QStringLiteral("Chat (2)"));

        // A direct message notifies too.
        member->send({{QStringLiteral("type"), QStringLiteral("chat.direct")},
                      {QStringLiteral("userId"), m_rig->data.leader.userId},
                      {QStringLiteral("ref"), 9}});
        WEB_TRY_VERIFY(!member->of(QStringLiteral("chat.room")).isEmpty());
        const qint64 direct = member->of(QStringLiteral("chat.room"))
                                  .last()
                                  .value(QStringLiteral("room"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
        banner->hide();
        say(*member, direct, QStringLiteral("just between us"));
        WEB_TRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->title(), QStringLiteral("member sent you a message"));
        WEB_TRY_COMPARE(chatEntry->text(), QStringLiteral("Chat (3)"));

        // "Open chat" shows that conversation; reading it takes its message off the count.
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("chatBannerOpen")),
                          Qt::LeftButton);
        auto* panel = qobject_cast<ui::ChatPanel*>(window.bandPage(QStringLiteral("chatPanel")));
        QVERIFY(panel);
        QCOMPARE(window.navigation()->currentRow(), window.chatRow());
        QCOMPARE(panel->currentRoom(), direct);
        QCOMPARE(shown(*panel), QStringList{QStringLiteral("just between us")});
        WEB_TRY_COMPARE(chatEntry->text(), QStringLiteral("Chat (2)"));
        QCOMPARE(panel->roomList()->title(direct), QStringLiteral("member"));
        // The list says where the unread ones are.
        WEB_TRY_COMPARE(panel->roomList()->unread(direct), 0);
        QCOMPARE(panel->roomList()->unread(member->generalRoom()), 2);

        // While the chat is in view, a mention is not notified again (it is on screen).
        say(*member, member->generalRoom(), QStringLiteral("@leader thanks"));
        WEB_TRY_COMPARE(chatEntry->text(), QStringLiteral("Chat (3)"));
        QVERIFY(!banner->isVisible());
        // In general the mentions of the person stand out.
        WEB_TRY_COMPARE(panel->roomList()->unread(member->generalRoom()), 3);
        panel->openRoom(member->generalRoom());
        WEB_TRY_COMPARE(chatEntry->text(), QStringLiteral("Chat"));
        WEB_TRY_COMPARE(panel->roomList()->unread(member->generalRoom()), 0);
        QCOMPARE(panel->messages()->index(1).data(ui::MessageModel::MentionsMeRole).toBool(), true);
        QCOMPARE(panel->messages()->index(0).data(ui::MessageModel::MentionsMeRole).toBool(),
                 false);
    }

    void deletingOwnMessageReachesTheBrowser() {
        QVERIFY(m_rig->start());
        QVERIFY(signIn(m_rig->data.member));
        ui::WebChatGateway gateway(*m_context, *m_rig->server);
        ui::ChatPanel panel(*m_context, gateway);
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto leader = m_rig->browser(QStringLiteral("leader"));
        QVERIFY(leader);
        say(*leader, leader->generalRoom(), QStringLiteral("leader's words"));
        WEB_TRY_COMPARE(shown(panel).size(), 1);
        typeAndSend(*panel.composer(), QStringLiteral("a typo"));
        WEB_TRY_COMPARE(shown(panel).size(), 2);
        WEB_TRY_VERIFY(texts(*leader).contains(QStringLiteral("a typo")));

        // A plain member may delete their own message, not the leader's.
        const QModelIndex theirs = panel.messages()->index(0);
        const QModelIndex mine = panel.messages()->index(1);
        QVERIFY(!theirs.data(ui::MessageModel::DeletableRole).toBool());
        QVERIFY(mine.data(ui::MessageModel::DeletableRole).toBool());

        panel.messageView()->setFocus();
        panel.messageView()->setCurrentIndex(mine);
        QTest::keyClick(panel.messageView(), Qt::Key_Delete);
        auto* confirm = test::openedDialog<QMessageBox>(&panel);
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);

        WEB_TRY_COMPARE(leader->of(QStringLiteral("chat.deleted")).size(), 1);
        QCOMPARE(leader->of(QStringLiteral("chat.deleted"))
                     .first()
                     .value(QStringLiteral("messageId"))
                     .toInteger(),
                 mine.data(ui::MessageModel::MessageIdRole).toLongLong());
        WEB_TRY_VERIFY(panel.messages()->index(1).data(ui::MessageModel::DeletedRole).toBool());
        QCOMPARE(shown(panel), QStringList({QStringLiteral("leader's words"), QString()}));

        // The browser deletes its own: the desktop shows it deleted too.
        leader->send({{QStringLiteral("type"), QStringLiteral("chat.delete")},
                      {QStringLiteral("messageId"),
                       theirs.data(ui::MessageModel::MessageIdRole).toLongLong()}});
        WEB_TRY_VERIFY(panel.messages()->index(0).data(ui::MessageModel::DeletedRole).toBool());
    }

    void withoutTheServerTheChatWorksOnTheDatabase() {
        QVERIFY(signIn(m_rig->data.leader)); // no server started
        ui::LocalChatGateway gateway(*m_context);
        ui::ChatPanel panel(*m_context, gateway);
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.hintText().contains(QStringLiteral("web server is off")));
        QCOMPARE(panel.presence()->lines(),
                 QStringList{QStringLiteral("leader — studio computer")});

        typeAndSend(*panel.composer(), QStringLiteral("saved for later"));
        QCOMPARE(shown(panel), QStringList{QStringLiteral("saved for later")});
        QCOMPARE(m_rig->data.db
                     ->scalar(QStringLiteral("SELECT text FROM chat_messages WHERE room_id = ?"),
                              {panel.currentRoom()})
                     ->toString(),
                 QStringLiteral("saved for later"));

        // New room…: named, selected, empty.
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("newRoomButton")),
                          Qt::LeftButton);
        auto* ask = test::openedDialog<QInputDialog>(&panel);
        QVERIFY(ask);
        ask->setTextValue(QStringLiteral("setlists"));
        ask->accept();
        QTRY_COMPARE(panel.roomList()->title(panel.currentRoom()), QStringLiteral("# setlists"));
        QCOMPARE(shown(panel), QStringList());
        // The same name again is refused in plain words, the page stays usable.
        gateway.createRoom(QStringLiteral("Setlists"));
        QVERIFY(!panel.errorText().isEmpty());

        // Message a member…: the direct conversation with the member.
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("messageMemberButton")),
                          Qt::LeftButton);
        auto* pick = test::openedDialog<QInputDialog>(&panel);
        QVERIFY(pick);
        QCOMPARE(pick->comboBoxItems(), QStringList{QStringLiteral("member (member)")});
        pick->setTextValue(QStringLiteral("member (member)"));
        pick->accept();
        QTRY_VERIFY(panel.roomList()->isDirect(panel.currentRoom()));
        QCOMPARE(panel.roomList()->title(panel.currentRoom()), QStringLiteral("member"));
        typeAndSend(*panel.composer(), QStringLiteral("see you at 8"));
        QCOMPARE(shown(panel), QStringList{QStringLiteral("see you at 8")});

        // Deleting one's own message works the same way.
        const qint64 id =
            panel.messages()->index(0).data(ui::MessageModel::MessageIdRole).toLongLong();
        panel.confirmDelete(id);
        auto* confirm = test::openedDialog<QMessageBox>(&panel);
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(panel.messages()->index(0).data(ui::MessageModel::DeletedRole).toBool());

        // A leader may take down a member's message in a room; that is written to the log.
        chat::ChatService chat(*m_rig->data.db);
        auto posted = chat.post(m_rig->data.member, panel.roomList()->currentRoom(),
                                QStringLiteral("never mind"), QString());
        QVERIFY(posted.ok());
        auto rooms = chat.rooms(m_rig->data.member, m_rig->data.band);
        QVERIFY(rooms.ok());
        for (const chat::Room& r : *rooms)
            if (r.name == u"general")
                panel.openRoom(r.id);
        auto spoken = chat.post(m_rig->data.member, panel.currentRoom(),
                                QStringLiteral("off topic"), QString());
        QVERIFY(spoken.ok());
        panel.openRoom(panel.currentRoom()); // read again: nothing is live without the server
        QCOMPARE(shown(panel).last(), QStringLiteral("off topic"));
        const QModelIndex theirs = panel.messages()->index(panel.messages()->rowCount() - 1);
        QVERIFY(theirs.data(ui::MessageModel::DeletableRole).toBool());
        panel.confirmDelete(theirs.data(ui::MessageModel::MessageIdRole).toLongLong());
        confirm = test::openedDialog<QMessageBox>(&panel);
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(panel.messages()
                        ->index(panel.messages()->rowCount() - 1)
                        .data(ui::MessageModel::DeletedRole)
                        .toBool());
        QCOMPARE(m_rig->data.db
                     ->scalar(QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE action = 'chat.delete'"))
                     ->toInt(),
                 1);
    }

    void searchAndPagingReachOldMessages() {
        QVERIFY(signIn(m_rig->data.leader));
        ui::LocalChatGateway gateway(*m_context);
        chat::ChatService chat(*m_rig->data.db);
        auto rooms = chat.rooms(m_rig->data.member, m_rig->data.band);
        QVERIFY(rooms.ok() && !rooms->empty());
        const qint64 general = rooms->front().id;
        for (int i = 1; i <= 130; ++i)
            QVERIFY(chat.post(m_rig->data.member, general,
                              i == 3 ? QStringLiteral("the bridge needs work")
                                     : QStringLiteral("message %1").arg(i),
                              QString())
                        .ok());

        ui::ChatPanel panel(*m_context, gateway);
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.currentRoom(), general);
        QCOMPARE(panel.messages()->rowCount(), ui::ChatPanel::kPageSize);
        QCOMPARE(panel.messages()->lastSeq(), 130);

        // Scrolling to the top loads the page before, and keeps the same messages in view.
        QScrollBar* bar = panel.messageView()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->minimum());
        const qint64 readingSeq = panel.messageView()
                                      ->indexAt(QPoint(10, 10))
                                      .data(ui::MessageModel::SeqRole)
                                      .toLongLong();
        QCOMPARE(readingSeq, 81); // the oldest loaded, at the top
        QTRY_COMPARE(panel.messages()->rowCount(), 2 * ui::ChatPanel::kPageSize);
        QCOMPARE(panel.messages()->firstSeq(), 31);
        QVERIFY(bar->value() > bar->minimum());
        QVERIFY(panel.messageView()
                    ->visualRect(panel.messages()->index(panel.messages()->rowOfSeq(readingSeq)))
                    .intersects(panel.messageView()->viewport()->rect()));

        // Search finds the old message; opening it loads back to it and selects it.
        QLineEdit* field = panel.searchField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("BRIDGE"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(panel.showingResults());
        QCOMPARE(panel.searchResults()->count(), 1);
        QVERIFY(panel.searchResults()->item(0)->text().contains(
            QStringLiteral("the bridge needs work")));
        QVERIFY(panel.searchResults()->item(0)->text().startsWith(
            QStringLiteral("# general · member")));
        Q_EMIT panel.searchResults()->itemActivated(panel.searchResults()->item(0));
        QVERIFY(!panel.showingResults());
        QCOMPARE(panel.messageView()->currentIndex().data(ui::MessageModel::SeqRole).toLongLong(),
                 3);
        QCOMPARE(panel.messageView()->currentIndex().data().toString(),
                 QStringLiteral("the bridge needs work"));
        QCOMPARE(panel.messages()->lastSeq(), 130); // no gap: everything up to the newest

        // Nothing found is said so.
        panel.search(QStringLiteral("tuba"));
        QCOMPARE(panel.searchResults()->count(), 0);
    }

    void theRemoteAccessChoiceIsSavedByLeadersOnly() {
        QVERIFY(signIn(m_rig->data.leader));
        store::SettingsRepository settings(*m_rig->data.db);
        QCOMPARE(settings.get(m_rig->data.band)->remoteAccess,
                 store::BandSettings::RemoteAccess::Leaders);
        {
            ui::band::MembersPage page(*m_context);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QComboBox* choice = page.remoteAccess();
            QVERIFY(choice->isEnabled());
            QCOMPARE(choice->currentText(), QStringLiteral("leaders"));
            choice->setFocus();
            QTest::keyClick(choice, Qt::Key_Down); // leaders -> members
            QCOMPARE(page.errorText(), QString());
            QCOMPARE(settings.get(m_rig->data.band)->remoteAccess,
                     store::BandSettings::RemoteAccess::Members);
        }
        // A plain member sees the choice but cannot change it; the repository refuses anyway.
        QVERIFY(signIn(m_rig->data.member));
        ui::band::MembersPage page(*m_context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QComboBox* choice = page.remoteAccess();
        QVERIFY(!choice->isEnabled());
        QCOMPARE(choice->currentText(), QStringLiteral("all members"));
        page.saveRemoteAccess(choice->findText(QStringLiteral("nobody")));
        QVERIFY(!page.errorText().isEmpty());
        QCOMPARE(choice->currentText(), QStringLiteral("all members"));
        QCOMPARE(settings.get(m_rig->data.band)->remoteAccess,
                 store::BandSettings::RemoteAccess::Members);
    }

    void endingASessionOnTheDesktopClosesThatBrowser() {
        QVERIFY(m_rig->start());
        signIn(m_rig->data.admin); // the administrator sees everyone's sessions; in no band
        QVERIFY(m_context->signedIn());
        ui::LocalChatGateway gateway(*m_context);
        reaper::Session session;
        reaper::Link link(session);
        ui::MainWindow window(session, link);
        window.attachBand(*m_context, &gateway);
        // As app/main.cpp wires them.
        QObject::connect(&window, &ui::MainWindow::browserSessionEnded, m_rig->server.get(),
                         &web::WebServer::sessionRevoked);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto member = m_rig->browser(QStringLiteral("member"));
        QVERIFY(member);
        QSignalSpy closed(member->socket.get(), &QWebSocket::disconnected);

        window.showSessions();
        auto* dialog = test::openedDialog<ui::SessionsDialog>(&window);
        QVERIFY(dialog);
        QTableWidget* table = dialog->table();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("member")));
        table->selectRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("endSessionButton")),
                          Qt::LeftButton);
        WEB_TRY_COMPARE(closed.size(), 1);
        // It cannot come back with that session.
        auto again = m_rig->openSocket(member->http.get(), m_rig->data.band);
        QSignalSpy refused(again.get(),
                           qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        WEB_TRY_VERIFY(!refused.isEmpty());
    }
};

QTEST_MAIN(TestGuiChat)
#include "test_gui_chat.moc"
