// The desktop's chat notifications (ChatNotifier) with the web server running in this process, a
// real database file and a real WebSocket "browser": the person at the studio computer is told
// when a bandmate mentions them or writes to them directly while the chat is out of sight, with
// who and where; an ordinary message, their own words and anything while the chat is in view
// only count as unread. Offscreen there is no system tray: the notification is what notified()
// carries to the window's banner.
#include "GuiRig.h"
#include "tests/support/WebRig.h"
#include "ui/band/BandContext.h"
#include "ui/chat/ChatNotifier.h"
#include "ui/chat/WebChatGateway.h"

#include <QtTest>

using namespace oscalis;

class TestGuiChatNotifier : public QObject {
    Q_OBJECT

    std::unique_ptr<test::WebRig> m_rig;
    std::unique_ptr<ui::band::BandContext> m_context;

    /// A notification as notified() raised it: title, text, room.
    static QStringList shown(const QSignalSpy& spy, qsizetype i) {
        return {spy.at(i).at(0).toString(), spy.at(i).at(1).toString(),
                QString::number(spy.at(i).at(2).toLongLong())};
    }

    static void say(test::Browser& b, qint64 roomId, const QString& text) {
        b.send({{QStringLiteral("type"), QStringLiteral("chat.send")},
                {QStringLiteral("roomId"), roomId},
                {QStringLiteral("text"), text}});
    }

private Q_SLOTS:
    void init() {
        test::useTestSettings();
        m_rig = std::make_unique<test::WebRig>();
        QVERIFY(m_rig->setUp());
        QVERIFY(m_rig->start());
        m_context = std::make_unique<ui::band::BandContext>(*m_rig->data.db);
        m_context->signIn(m_rig->data.leader);
        QCOMPARE(m_context->bandId(), m_rig->data.band);
    }
    void cleanup() {
        m_context.reset();
        m_rig.reset();
    }

    void mentionsAndDirectMessagesAreNotifiedOrdinaryMessagesAreNot() {
        ui::WebChatGateway gateway(*m_context, *m_rig->server);
        bool chatInView = false;
        ui::ChatNotifier notifier(gateway, [&chatInView] { return chatInView; });
        QSignalSpy notified(&notifier, &ui::ChatNotifier::notified);
        auto member = m_rig->browser(QStringLiteral("member"));
        QVERIFY(member);
        const qint64 general = member->generalRoom();
        QVERIFY(general > 0);

        // An ordinary message: counted as unread, nothing raised.
        say(*member, general, QStringLiteral("anyone there?"));
        WEB_TRY_COMPARE(notifier.unread(), 1);
        QVERIFY(notified.isEmpty());
        QVERIFY(!notifier.attention());

        // A mention: raised with who and where, the message as its text.
        say(*member, general, QStringLiteral("@leader can you check the mix?"));
        WEB_TRY_COMPARE(notified.size(), 1);
        QCOMPARE(shown(notified, 0),
                 QStringList({QStringLiteral("member mentioned you in #general"),
                              QStringLiteral("@leader can you check the mix?"),
                              QString::number(general)}));
        QVERIFY(notifier.attention());
        notifier.chatSeen();
        QVERIFY(!notifier.attention());

        // A direct message: raised with who, in the direct room.
        member->send({{QStringLiteral("type"), QStringLiteral("chat.direct")},
                      {QStringLiteral("userId"), m_rig->data.leader.userId},
                      {QStringLiteral("ref"), 1}});
        WEB_TRY_VERIFY(!member->of(QStringLiteral("chat.room")).isEmpty());
        const qint64 direct = member->of(QStringLiteral("chat.room"))
                                  .last()
                                  .value(QStringLiteral("room"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
        say(*member, direct, QStringLiteral("just between us"));
        WEB_TRY_COMPARE(notified.size(), 2);
        QCOMPARE(shown(notified, 1),
                 QStringList({QStringLiteral("member sent you a message"),
                              QStringLiteral("just between us"), QString::number(direct)}));
        WEB_TRY_COMPARE(notifier.unread(), 3);

        // The person's own words, even naming themselves, are not raised to them.
        QSignalSpy arrived(&gateway, &ui::ChatGateway::messageArrived);
        gateway.post(general, QStringLiteral("@leader note to self"), QStringLiteral("desk-1"));
        WEB_TRY_COMPARE(arrived.size(), 1);
        QCOMPARE(notified.size(), 2);

        // With the chat in view, a mention is on screen already: counted, not raised.
        chatInView = true;
        say(*member, general, QStringLiteral("@leader thanks"));
        WEB_TRY_COMPARE(notifier.unread(), 4);
        QCOMPARE(notified.size(), 2);
    }
};

QTEST_MAIN(TestGuiChatNotifier)
#include "test_gui_chat_notifier.moc"
