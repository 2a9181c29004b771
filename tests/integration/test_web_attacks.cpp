// Attacks on the web server, driven by the code's own tables (Routes::table() and
// HubMessages::table()) so that a new route or message type is attacked without anyone having to
// remember it: every route that needs a session refuses a request without one (or with a forged
// one), and every route and message type that names something refuses a person of another band.
// Real server, real database file, real HTTP and WebSocket clients (docs/SECURITY.md).
#include "chat/ChatService.h"
#include "store/EventRepository.h"
#include "store/GigRepository.h"
#include "store/SessionRepository.h"
#include "store/SongRepository.h"
#include "store/SuggestionRepository.h"
#include "tests/support/WebRig.h"
#include "web/HubMessages.h"
#include "web/Routes.h"

#include <QRegularExpression>
#include <QtTest>

using namespace oscalis;
using oscalis::test::HttpAnswer;
using oscalis::test::SocketLog;
using web::RouteSpec;

class TestWebAttacks : public QObject {
    Q_OBJECT

    std::unique_ptr<test::WebRig> m_rig;
    /// The rig's band's rows, by the path parameter or message field that names them.
    QHash<QString, qint64> m_band;
    qint64 m_roomId = 0;
    qint64 m_messageId = 0;
    qint64 m_otherBand = 0; ///< the outsider's band (a plain member there)

    /// The route's path with each `{name}` replaced by the rig's band's row of that name; empty,
    /// with *unknown set, when the test does not know a parameter (a new route: name it here).
    QString pathFor(const RouteSpec& route, QString* unknown) const {
        static const QRegularExpression param(QStringLiteral("\\{([A-Za-z]+)\\}"));
        QString path = route.pattern;
        for (const QRegularExpressionMatch& m : param.globalMatch(route.pattern)) {
            if (!m_band.contains(m.captured(1))) {
                *unknown = m.captured(1);
                return {};
            }
            path.replace(m.captured(0), QString::number(m_band.value(m.captured(1))));
        }
        return path;
    }

    QByteArray upgrade(const QString& token, qint64 band) const {
        QByteArray r =
            "GET /ws?band=" + QByteArray::number(band) +
            " HTTP/1.1\r\nHost: " + m_rig->host().toUtf8() +
            "\r\nOrigin: " + m_rig->origin().toUtf8() +
            "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        if (!token.isEmpty())
            r += "Cookie: oscalis_session=" + token.toLatin1() + "\r\n";
        return r + "\r\n";
    }

    /// A valid body for each route that takes one (docs/API.md), so that only the check under
    /// attack can refuse it; a new route that changes something needs its body here.
    static QJsonObject bodyFor(const RouteSpec& route, bool* known) {
        static const QHash<QString, QJsonObject> bodies{
            {QStringLiteral("POST /api/logout"), {}},
            {QStringLiteral("DELETE /api/sessions/{id}"), {}},
            {QStringLiteral("PUT /api/songs/{songId}/mastery"), {{QStringLiteral("level"), 7}}},
            {QStringLiteral("POST /api/bands/{bandId}/suggestions"),
             {{QStringLiteral("title"), QStringLiteral("Le Poinçonneur des Lilas")}}},
            {QStringLiteral("PUT /api/suggestions/{suggestionId}/vote"),
             {{QStringLiteral("vote"), true}}},
            {QStringLiteral("PUT /api/events/{eventId}/answer"),
             {{QStringLiteral("answer"), QStringLiteral("yes")}}},
        };
        *known = route.method == "GET" || bodies.contains(route.heading());
        return bodies.value(route.heading());
    }

    HttpAnswer call(QNetworkAccessManager& browser, const RouteSpec& route, const QString& path) {
        bool known = false;
        const QJsonObject body = bodyFor(route, &known);
        if (!known)
            qWarning().noquote() << route.heading() << "has no valid body in this test";
        return m_rig->send(browser, route.method, path,
                           route.method == "GET" ? QJsonValue() : QJsonValue(body));
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<test::WebRig>();
        QVERIFY(m_rig->setUp());
        store::Database& db = *m_rig->data.db;
        const qint64 band = m_rig->data.band;
        const auth::Actor leader = m_rig->data.leader;
        const auth::Actor member = m_rig->data.member;

        store::Song song;
        song.bandId = band;
        song.title = QStringLiteral("Les Feuilles mortes");
        auto s = store::SongRepository(db).add(leader, song);
        QVERIFY(s.ok());
        store::Suggestion idea;
        idea.bandId = band;
        idea.title = QStringLiteral("La Javanaise");
        auto i = store::SuggestionRepository(db).suggest(member, idea);
        QVERIFY(i.ok());
        store::Event rehearsal;
        rehearsal.bandId = band;
        rehearsal.title = QStringLiteral("Rehearsal");
        rehearsal.startsAt = QStringLiteral("2030-05-17T20:30:00");
        auto e = store::EventRepository(db).create(leader, rehearsal);
        QVERIFY(e.ok());
        store::Gig gig;
        gig.bandId = band;
        gig.name = QStringLiteral("Fête de la musique");
        gig.date = QStringLiteral("2030-06-21");
        auto g = store::GigRepository(db).create(leader, gig);
        QVERIFY(g.ok());
        auto session = store::SessionRepository(db).create(
            member.userId, QStringLiteral("member's phone"), QDateTime::currentDateTimeUtc(), 3600);
        QVERIFY(session.ok());
        m_band = {
            {QStringLiteral("bandId"), band},         {QStringLiteral("songId"), s->id},
            {QStringLiteral("suggestionId"), i->id},  {QStringLiteral("eventId"), e->id},
            {QStringLiteral("gigId"), g->id},         {QStringLiteral("id"), session->session.id},
            {QStringLiteral("userId"), member.userId}};

        chat::ChatService chat(db);
        auto room = chat.createRoom(leader, band, QStringLiteral("Horns"));
        QVERIFY(room.ok());
        auto posted = chat.post(member, room->id, QStringLiteral("see you at eight"), {});
        QVERIFY(posted.ok());
        m_roomId = room->id;
        m_messageId = posted->message.id;

        // Another band, where the outsider is a plain member.
        store::BandRepository bands(db);
        auto other = bands.create(m_rig->data.admin, QStringLiteral("The Others"));
        QVERIFY(other.ok());
        QVERIFY(bands.joinByInviteCode(m_rig->data.outsider, other->inviteCode).ok());
        m_otherBand = other->id;
        QVERIFY(m_rig->start());
    }
    void cleanup() { m_rig.reset(); }

    void onlyTheseRoutesArePublic() {
        QStringList open;
        for (const RouteSpec& r : web::Routes::table())
            if (r.access == RouteSpec::Access::Public)
                open.append(r.heading());
        QCOMPARE(open, (QStringList{QStringLiteral("GET /"), QStringLiteral("POST /api/login"),
                                    QStringLiteral("POST /api/register"),
                                    QStringLiteral("GET /calendar/{token}.ics")}));
    }

    void everyRouteThatNeedsASessionRefusesWithoutOne() {
        QNetworkAccessManager stranger, forger;
        QNetworkCookie forged("oscalis_session", "forged-0123456789abcdef");
        forged.setDomain(QStringLiteral("127.0.0.1"));
        forged.setPath(QStringLiteral("/"));
        QVERIFY(forger.cookieJar()->insertCookie(forged));
        int attacked = 0;
        for (const RouteSpec& route : web::Routes::table()) {
            if (route.access == RouteSpec::Access::Public)
                continue;
            QString unknown;
            const QString path = pathFor(route, &unknown);
            QVERIFY2(unknown.isEmpty(), qPrintable(route.heading() +
                                                   QStringLiteral(": say which "
                                                                  "row {") +
                                                   unknown + QStringLiteral("} names")));
            if (route.kind == RouteSpec::Kind::Upgrade) {
                for (const QString& token :
                     {QString(), QStringLiteral("forged-0123456789abcdef")}) {
                    const HttpAnswer a = m_rig->raw(upgrade(token, m_rig->data.band));
                    QVERIFY2(a.status == 401, qPrintable(route.heading() + QLatin1Char(' ') +
                                                         QString::number(a.status)));
                }
            } else {
                for (QNetworkAccessManager* who : {&stranger, &forger}) {
                    const HttpAnswer a = call(*who, route, path);
                    QVERIFY2(a.status == 401 && a.errorCode() == QLatin1String("not_signed_in"),
                             qPrintable(route.heading() + QLatin1Char(' ') +
                                        QString::number(a.status) + QLatin1Char(' ') +
                                        QString::fromUtf8(a.body)));
                }
            }
            ++attacked;
        }
        QVERIFY(attacked >= 10);
    }

    void everyRouteRefusesAnotherBandsPerson() {
        QNetworkAccessManager outsider, member;
        QVERIFY(m_rig->login(outsider, QStringLiteral("outsider")));
        int attacked = 0;
        for (const RouteSpec& route : web::Routes::table()) {
            // Routes that name nothing are about the caller (/api/me, logout): nothing of
            // another band to reach there.
            if (route.access == RouteSpec::Access::Public || !route.pattern.contains('{'))
                continue;
            QString unknown;
            const QString path = pathFor(route, &unknown);
            QVERIFY2(unknown.isEmpty(), qPrintable(route.heading() +
                                                   QStringLiteral(": say which "
                                                                  "row {") +
                                                   unknown + QStringLiteral("} names")));
            if (route.kind == RouteSpec::Kind::Upgrade)
                continue;
            bool known = false;
            bodyFor(route, &known);
            QVERIFY2(known, qPrintable(route.heading() + QStringLiteral(": give a valid body")));
            const HttpAnswer a = call(outsider, route, path);
            QVERIFY2(a.status == 403 || a.status == 404,
                     qPrintable(route.heading() + QLatin1Char(' ') + QString::number(a.status) +
                                QLatin1Char(' ') + QString::fromUtf8(a.body)));
            ++attacked;
        }
        QVERIFY(attacked >= 10);
        // The upgrade names a band in its query.
        QCOMPARE(m_rig->raw(upgrade(m_rig->token(outsider), m_rig->data.band)).status, 403);
        // Nothing was changed on the way: the member's session still works, the message is there.
        QVERIFY(m_rig->login(member, QStringLiteral("member")));
        QCOMPARE(m_rig->send(member, "GET", QStringLiteral("/api/sessions")).jsonArray().size(), 2);
        auto page = chat::ChatService(*m_rig->data.db)
                        .history(m_rig->data.member, m_roomId, std::nullopt, 10);
        QVERIFY(page.ok());
        QCOMPARE(page->messages.size(), std::size_t(1));
    }

    void everyMessageTypeRefusesAnotherBandsPerson() {
        // Each client type aimed at the rig's band. Those that name nothing act in the sender's
        // own band (creating a room there is theirs to do) and are left out, by name; a search
        // looks in the sender's band only, so its answer may be a page, without the other band's
        // words.
        const QHash<QString, QJsonObject> attacks{
            {QStringLiteral("chat.send"),
             {{QStringLiteral("roomId"), m_roomId},
              {QStringLiteral("text"), QStringLiteral("hi")}}},
            {QStringLiteral("chat.history"), {{QStringLiteral("roomId"), m_roomId}}},
            {QStringLiteral("chat.sync"),
             {{QStringLiteral("since"), QJsonObject{{QString::number(m_roomId), 0}}}}},
            {QStringLiteral("chat.search"), {{QStringLiteral("query"), QStringLiteral("eight")}}},
            {QStringLiteral("chat.read"),
             {{QStringLiteral("roomId"), m_roomId}, {QStringLiteral("seq"), 1}}},
            {QStringLiteral("chat.delete"), {{QStringLiteral("messageId"), m_messageId}}},
            {QStringLiteral("chat.direct"),
             {{QStringLiteral("userId"), m_rig->data.member.userId}}},
            {QStringLiteral("remote.transport"),
             {{QStringLiteral("action"), QStringLiteral("play")}}},
            {QStringLiteral("remote.track"),
             {{QStringLiteral("number"), 1}, {QStringLiteral("mute"), true}}},
            {QStringLiteral("remote.bank"),
             {{QStringLiteral("direction"), QStringLiteral("next")}}},
        };
        // The live audio messages name nothing either: there is one stream, the studio's, and
        // who may hear it is decided by ListenToStudio in the listener's own band.
        const QStringList namesNothing{QStringLiteral("chat.createRoom"),
                                       QStringLiteral("audio.listen"),
                                       QStringLiteral("audio.stop")};
        const QStringList ownBandOnly{QStringLiteral("chat.search")};
        const QString secret = QStringLiteral("see you at eight");

        QNetworkAccessManager outsider, member;
        QVERIFY(m_rig->login(outsider, QStringLiteral("outsider")));
        QVERIFY(m_rig->login(member, QStringLiteral("member")));
        std::unique_ptr<QWebSocket> theirs = m_rig->openSocket(&member, m_rig->data.band);
        SocketLog theirLog(*theirs);
        std::unique_ptr<QWebSocket> ws = m_rig->openSocket(&outsider, m_otherBand);
        SocketLog log(*ws);
        WEB_TRY_COMPARE(log.ofType(QStringLiteral("welcome")).size(), 1);
        WEB_TRY_COMPARE(theirLog.ofType(QStringLiteral("welcome")).size(), 1);

        QStringList sent;
        for (const QString& type : web::HubMessages::clientTypes()) {
            if (namesNothing.contains(type))
                continue;
            QVERIFY2(attacks.contains(type),
                     qPrintable(type + QStringLiteral(": say how it could reach another band")));
            QJsonObject m = attacks.value(type);
            m.insert(QStringLiteral("type"), type);
            m.insert(QStringLiteral("ref"), type);
            ws->sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
            sent.append(type);
        }
        const auto answered = [&] {
            QHash<QString, QJsonObject> byRef;
            for (const QJsonObject& m : log.messages)
                if (m.contains(QStringLiteral("ref")))
                    byRef.insert(m.value(QStringLiteral("ref")).toString(), m);
            return byRef;
        };
        WEB_TRY_COMPARE(answered().size(), sent.size());
        for (const QString& type : std::as_const(sent)) {
            const QJsonObject answer = answered().value(type);
            const QString text = QString::fromUtf8(QJsonDocument(answer).toJson());
            const bool refused = answer.value(QStringLiteral("type")) == QLatin1String("error");
            QVERIFY2(refused || (ownBandOnly.contains(type) && !text.contains(secret)),
                     qPrintable(type + QStringLiteral(" was answered with ") + text));
        }
        // And the other band's member heard nothing of it.
        QTest::qWait(300);
        for (const QJsonObject& m : std::as_const(theirLog.messages))
            QVERIFY2(m.value(QStringLiteral("type")).toString() == QLatin1String("welcome") ||
                         m.value(QStringLiteral("type")).toString() == QLatin1String("presence"),
                     qPrintable(QString::fromUtf8(QJsonDocument(m).toJson())));
    }
};

QTEST_MAIN(TestWebAttacks)
#include "test_web_attacks.moc"
