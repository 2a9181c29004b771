// The desktop as one more chat participant of the web server (WebServer::postChat and friends),
// with a real server on loopback, a real database file and real QWebSocket "browsers": what the
// desktop writes reaches the browsers, what they write reaches the desktop, only for the people
// who may read it; presence reaches the desktop; ending a session closes its WebSocket.
#include "store/SessionRepository.h"
#include "tests/support/WebRig.h"

#include <QtTest>

using namespace oscalis;

class TestWebDesktopChat : public QObject {
    Q_OBJECT

    std::unique_ptr<test::WebRig> m_rig;

    /// The chat messages the desktop heard so far, by text.
    static QStringList texts(const QSignalSpy& spy) {
        QStringList list;
        for (const QList<QVariant>& args : spy)
            list.append(args.at(0).value<chat::Message>().text);
        return list;
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<test::WebRig>();
        QVERIFY(m_rig->setUp());
        QVERIFY(m_rig->start());
    }
    void cleanup() { m_rig.reset(); }

    void browsersAndTheDesktopHearEachOther() {
        web::WebServer& server = *m_rig->server;
        const auth::Actor leader = m_rig->data.leader;
        const qint64 band = m_rig->data.band;
        server.setDesktopUser(leader.userId, band);
        QSignalSpy heard(&server, &web::WebServer::chatMessage);
        QSignalSpy rooms(&server, &web::WebServer::chatRoom);

        auto member = m_rig->browser(QStringLiteral("member"));
        QVERIFY(member);
        const qint64 general = member->generalRoom();
        QVERIFY(general > 0);

        // A browser writes: the desktop hears it, with the mention of its person.
        member->send({{QStringLiteral("type"), QStringLiteral("chat.send")},
                      {QStringLiteral("roomId"), general},
                      {QStringLiteral("text"), QStringLiteral("hi @leader")},
                      {QStringLiteral("clientId"), QStringLiteral("b1")}});
        WEB_TRY_COMPARE(texts(heard), QStringList{QStringLiteral("hi @leader")});
        const auto fromBrowser = heard.first().at(0).value<chat::Message>();
        QCOMPARE(fromBrowser.roomId, general);
        QCOMPARE(fromBrowser.authorId.value_or(0), m_rig->data.member.userId);
        QCOMPARE(fromBrowser.mentions, std::vector<qint64>{leader.userId});

        // The desktop writes: the browser gets it live, the desktop gets its own stored message.
        const quint64 ref = server.postChat(
            leader, band, general, QStringLiteral("hello from the studio"), QStringLiteral("d1"));
        QVERIFY(ref != 0);
        WEB_TRY_VERIFY(member->of(QStringLiteral("chat.message")).size() == 2);
        const QJsonObject got = member->of(QStringLiteral("chat.message"))
                                    .last()
                                    .value(QStringLiteral("message"))
                                    .toObject();
        QCOMPARE(got.value(QStringLiteral("text")).toString(),
                 QStringLiteral("hello from the studio"));
        QCOMPARE(got.value(QStringLiteral("authorId")).toInteger(), leader.userId);
        QCOMPARE(got.value(QStringLiteral("seq")).toInteger(), 2);
        WEB_TRY_COMPARE(heard.size(), 2);
        QCOMPARE(heard.last().at(0).value<chat::Message>().clientId, QStringLiteral("d1"));
        // The desktop reads: its unread count answers its request.
        const quint64 read = server.markChatRead(leader, band, general, 2);
        WEB_TRY_VERIFY(!rooms.isEmpty() && rooms.last().at(1).value<quint64>() == read);
        QCOMPARE(rooms.last().at(0).value<chat::Room>().unread, 0);
        QCOMPARE(rooms.last().at(0).value<chat::Room>().bandId, band);
    }

    void deletingReachesEveryoneAndRefusalsComeBack() {
        web::WebServer& server = *m_rig->server;
        const auth::Actor member = m_rig->data.member;
        const qint64 band = m_rig->data.band;
        server.setDesktopUser(member.userId, band);
        QSignalSpy heard(&server, &web::WebServer::chatMessage);
        QSignalSpy deleted(&server, &web::WebServer::chatDeleted);
        QSignalSpy failed(&server, &web::WebServer::chatFailed);
        auto leader = m_rig->browser(QStringLiteral("leader"));
        QVERIFY(leader);
        const qint64 general = leader->generalRoom();

        server.postChat(member, band, general, QStringLiteral("oops"), QStringLiteral("m1"));
        leader->send({{QStringLiteral("type"), QStringLiteral("chat.send")},
                      {QStringLiteral("roomId"), general},
                      {QStringLiteral("text"), QStringLiteral("leader says")}});
        WEB_TRY_COMPARE(heard.size(), 2);
        // Which arrives first is up to the threads.
        auto mine = heard.at(0).at(0).value<chat::Message>();
        auto theirs = heard.at(1).at(0).value<chat::Message>();
        if (mine.text != u"oops")
            std::swap(mine, theirs);
        QCOMPARE(mine.text, QStringLiteral("oops"));
        QCOMPARE(theirs.text, QStringLiteral("leader says"));

        // A plain member may not delete the leader's message: the words come back to the desktop.
        const quint64 refused = server.deleteChat(member, band, theirs.id);
        WEB_TRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<quint64>(), refused);
        QVERIFY(!failed.first().at(1).toString().isEmpty());

        // Their own: gone for the browser and the desktop.
        server.deleteChat(member, band, mine.id);
        WEB_TRY_COMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().at(1).toLongLong(), mine.id);
        WEB_TRY_COMPARE(leader->of(QStringLiteral("chat.deleted")).size(), 1);
        QCOMPARE(leader->of(QStringLiteral("chat.deleted"))
                     .first()
                     .value(QStringLiteral("messageId"))
                     .toInteger(),
                 mine.id);
        QVERIFY(!m_rig->data.db
                     ->scalar(QStringLiteral("SELECT deleted_at FROM chat_messages WHERE id = ?"),
                              {mine.id})
                     ->isNull());
        QCOMPARE(
            m_rig->data.db
                ->scalar(QStringLiteral("SELECT text FROM chat_messages WHERE id = ?"), {theirs.id})
                ->toString(),
            QStringLiteral("leader says"));
    }

    void roomsAndDirectMessagesOnlyReachTheirPeople() {
        web::WebServer& server = *m_rig->server;
        const auth::Actor leader = m_rig->data.leader;
        const qint64 band = m_rig->data.band;
        server.setDesktopUser(leader.userId, band);
        QSignalSpy rooms(&server, &web::WebServer::chatRoom);
        QSignalSpy heard(&server, &web::WebServer::chatMessage);
        store::BandRepository bands(*m_rig->data.db);
        QVERIFY(bands.joinByInviteCode(m_rig->data.admin, bands.find(band)->inviteCode).ok());
        auto member = m_rig->browser(QStringLiteral("member"));
        auto admin = m_rig->browser(QStringLiteral("admin"));
        QVERIFY(member && admin);

        // A new room made at the desktop answers the request and shows up in the browsers.
        const quint64 ref = server.createChatRoom(leader, band, QStringLiteral("setlists"));
        WEB_TRY_VERIFY(!rooms.isEmpty() && rooms.last().at(1).value<quint64>() == ref);
        QCOMPARE(rooms.last().at(0).value<chat::Room>().name, QStringLiteral("setlists"));
        WEB_TRY_VERIFY(!member->of(QStringLiteral("chat.room")).isEmpty());
        QCOMPARE(member->of(QStringLiteral("chat.room"))
                     .last()
                     .value(QStringLiteral("room"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("setlists"));

        // A direct conversation of the member and the admin is none of the desktop's business...
        admin->send({{QStringLiteral("type"), QStringLiteral("chat.direct")},
                     {QStringLiteral("userId"), m_rig->data.member.userId},
                     {QStringLiteral("ref"), 1}});
        const auto answer = [&] {
            for (const QJsonObject& m : admin->of(QStringLiteral("chat.room")))
                if (m.value(QStringLiteral("ref")).toInt() == 1)
                    return m.value(QStringLiteral("room")).toObject();
            return QJsonObject();
        };
        WEB_TRY_VERIFY(!answer().isEmpty());
        const qint64 direct = answer().value(QStringLiteral("id")).toInteger();
        admin->send({{QStringLiteral("type"), QStringLiteral("chat.send")},
                     {QStringLiteral("roomId"), direct},
                     {QStringLiteral("text"), QStringLiteral("psst")}});
        WEB_TRY_VERIFY(!member->of(QStringLiteral("chat.message")).isEmpty());
        // ...while the desktop's own direct room with the member works both ways.
        const quint64 opened = server.openDirectChat(leader, band, m_rig->data.member.userId);
        WEB_TRY_VERIFY(!rooms.isEmpty() && rooms.last().at(1).value<quint64>() == opened);
        const chat::Room ours = rooms.last().at(0).value<chat::Room>();
        QCOMPARE(ours.kind, QStringLiteral("direct"));
        member->send({{QStringLiteral("type"), QStringLiteral("chat.send")},
                      {QStringLiteral("roomId"), ours.id},
                      {QStringLiteral("text"), QStringLiteral("just us")}});
        WEB_TRY_COMPARE(texts(heard), QStringList{QStringLiteral("just us")});
        QCOMPARE(heard.first().at(0).value<chat::Message>().roomId, ours.id);
        QCOMPARE(admin->of(QStringLiteral("chat.message")).size(), 1); // only its own "psst"
    }

    void presenceReachesTheDesktop() {
        web::WebServer& server = *m_rig->server;
        QSignalSpy changed(&server, &web::WebServer::presenceChanged);
        server.setDesktopUser(m_rig->data.leader.userId, m_rig->data.band);
        const auto who = [&] {
            QStringList list;
            for (const web::OnlineUser& u : server.presence(m_rig->data.band))
                list.append(u.displayName + (u.desktop ? QStringLiteral("+desktop") : QString()) +
                            (u.browser ? QStringLiteral("+browser") : QString()));
            return list;
        };
        WEB_TRY_COMPARE(who(), QStringList{QStringLiteral("leader+desktop")});
        auto member = m_rig->browser(QStringLiteral("member"));
        QVERIFY(member);
        WEB_TRY_COMPARE(who(), QStringList({QStringLiteral("leader+desktop"),
                                            QStringLiteral("member+browser")}));
        QVERIFY(changed.size() >= 2);
        QCOMPARE(changed.last().at(0).toLongLong(), m_rig->data.band);
        member->socket->close();
        WEB_TRY_COMPARE(who(), QStringList{QStringLiteral("leader+desktop")});
    }

    void endingASessionClosesItsWebSocket() {
        auto phone = m_rig->browser(QStringLiteral("member"));
        auto laptop = m_rig->browser(QStringLiteral("member"));
        QVERIFY(phone && laptop);
        const test::HttpAnswer list =
            m_rig->send(*phone->http, "GET", QStringLiteral("/api/sessions"));
        QCOMPARE(list.status, 200);
        qint64 phoneSession = 0;
        for (const QJsonValue& v : list.jsonArray())
            if (v.toObject().value(QStringLiteral("current")).toBool())
                phoneSession = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(phoneSession > 0);

        QSignalSpy closed(phone->socket.get(), &QWebSocket::disconnected);
        store::SessionRepository sessions(*m_rig->data.db);
        QVERIFY(
            sessions.revoke(m_rig->data.admin, phoneSession, QDateTime::currentDateTimeUtc()).ok());
        m_rig->server->sessionRevoked(phoneSession);
        WEB_TRY_COMPARE(closed.size(), 1);
        QCOMPARE(phone->socket->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        // The other browser of the same person stays connected and keeps working.
        laptop->send({{QStringLiteral("type"), QStringLiteral("chat.send")},
                      {QStringLiteral("roomId"), laptop->generalRoom()},
                      {QStringLiteral("text"), QStringLiteral("still here")}});
        WEB_TRY_COMPARE(laptop->of(QStringLiteral("chat.message")).size(), 1);
        QCOMPARE(laptop->socket->state(), QAbstractSocket::ConnectedState);
    }

    void withoutTheServerNothingIsSent() {
        m_rig->server->stop();
        QCOMPARE(m_rig->server->postChat(m_rig->data.leader, m_rig->data.band, 1,
                                         QStringLiteral("hello"), QString()),
                 quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestWebDesktopChat)
#include "test_web_desktop_chat.moc"
