// Accounts over the web API with real clients and a real database file: sign-in, throttling,
// registration by invite code, me, sessions (ending one closes its WebSockets), sign-out; every
// API route refuses strangers.
#include "store/BandRepository.h"
#include "store/SettingsRepository.h"
#include "tests/support/WebRig.h"
#include "web/Routes.h"

#include <QtTest>

using namespace oscalis;
using oscalis::test::HttpAnswer;

namespace {
QJsonObject credentials(const QString& user, const QString& password) {
    return {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}};
}
} // namespace

class TestWebAccounts : public QObject {
    Q_OBJECT

    std::unique_ptr<test::WebRig> m_rig;

    HttpAnswer login(QNetworkAccessManager& browser, const QString& user, const QString& password) {
        return m_rig->send(browser, "POST", QStringLiteral("/api/login"),
                           credentials(user, password));
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<test::WebRig>();
        QVERIFY(m_rig->setUp());
        QVERIFY(m_rig->start());
    }
    void cleanup() { m_rig.reset(); }

    void signInAnswersMeAndSetsTheCookie() {
        QNetworkAccessManager browser;
        const HttpAnswer a = login(browser, QStringLiteral("leader"),
                                   test::WebRig::password(QStringLiteral("leader")));
        QCOMPARE(a.status, 200);
        const QByteArray cookie = a.header("Set-Cookie");
        QVERIFY(cookie.startsWith("oscalis_session="));
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
        QVERIFY(cookie.contains("Path=/"));
        QVERIFY(!cookie.contains("Secure")); // plain loopback
        // 256 random bits, base64url without padding: 43 characters.
        QCOMPARE(m_rig->token(browser).size(), 43);
        const QJsonObject me = a.json();
        QCOMPARE(me.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("leader"));
        QCOMPARE(me.value(QStringLiteral("currentBandId")).toInteger(), m_rig->data.band);
        const QJsonObject band = me.value(QStringLiteral("bands")).toArray().at(0).toObject();
        QCOMPARE(band.value(QStringLiteral("roleInBand")).toString(), QStringLiteral("leader"));
        QCOMPARE(band.value(QStringLiteral("name")).toString(), QStringLiteral("Les Tilleuls"));
        // remote_access defaults to 'leaders'.
        QCOMPARE(me.value(QStringLiteral("permissions"))
                     .toObject()
                     .value(QStringLiteral("remote"))
                     .toBool(),
                 true);

        const HttpAnswer again = m_rig->send(browser, "GET", QStringLiteral("/api/me"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), me);
        QCOMPARE(again.header("Cache-Control"), QByteArray("no-store"));
    }

    void remotePermissionFollowsTheBandSetting() {
        QNetworkAccessManager member;
        HttpAnswer a = login(member, QStringLiteral("member"),
                             test::WebRig::password(QStringLiteral("member")));
        QCOMPARE(a.json()
                     .value(QStringLiteral("permissions"))
                     .toObject()
                     .value(QStringLiteral("remote"))
                     .toBool(),
                 false);
        store::SettingsRepository settings(*m_rig->data.db);
        store::BandSettings s = settings.get(m_rig->data.band).value();
        s.remoteAccess = store::BandSettings::RemoteAccess::Members;
        QVERIFY(settings.update(m_rig->data.leader, s).ok());
        a = m_rig->send(member, "GET", QStringLiteral("/api/me"));
        QCOMPARE(a.json()
                     .value(QStringLiteral("permissions"))
                     .toObject()
                     .value(QStringLiteral("remote"))
                     .toBool(),
                 true);
    }

    void wrongPasswordAndUnknownUserSayTheSameWords() {
        QNetworkAccessManager browser;
        const HttpAnswer wrong =
            login(browser, QStringLiteral("member"), QStringLiteral("not-the-password"));
        const HttpAnswer unknown =
            login(browser, QStringLiteral("nobody-here"), QStringLiteral("not-the-password"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("bad_credentials"));
        QCOMPARE(unknown.errorCode(), QStringLiteral("bad_credentials"));
        QCOMPARE(wrong.errorMessage(), unknown.errorMessage());
        QVERIFY(wrong.header("Set-Cookie").isEmpty());
        QCOMPARE(m_rig->send(browser, "GET", QStringLiteral("/api/me")).status, 401);
        const HttpAnswer missing =
            m_rig->send(browser, "POST", QStringLiteral("/api/login"),
                        QJsonObject{{QStringLiteral("username"), QStringLiteral("member")}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("password"));
    }

    void repeatedFailuresAreThrottled() {
        QNetworkAccessManager browser;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                login(browser, QStringLiteral("member"), QStringLiteral("guess-%1").arg(i)).status,
                401);
        const HttpAnswer a = login(browser, QStringLiteral("member"),
                                   test::WebRig::password(QStringLiteral("member")));
        QCOMPARE(a.status, 429);
        QCOMPARE(a.errorCode(), QStringLiteral("too_many_requests"));
        QVERIFY(a.errorMessage().contains(QStringLiteral("wait")));
        QVERIFY(a.header("Retry-After").toInt() >= 1);
        QVERIFY(a.header("Set-Cookie").isEmpty());
        // Another account is not blocked by this one's failures.
        QCOMPARE(login(browser, QStringLiteral("leader"),
                       test::WebRig::password(QStringLiteral("leader")))
                     .status,
                 200);
    }

    void registrationJoinsTheBandOfTheInviteCode() {
        const QString code =
            store::BandRepository(*m_rig->data.db).find(m_rig->data.band)->inviteCode;
        QNetworkAccessManager browser;
        QJsonObject body{{QStringLiteral("username"), QStringLiteral("drummer")},
                         {QStringLiteral("displayName"), QStringLiteral("Dana Drums")},
                         {QStringLiteral("password"), QStringLiteral("a long enough password")},
                         {QStringLiteral("inviteCode"), QStringLiteral("ZZZZ-ZZZZ")}};
        HttpAnswer a = m_rig->send(browser, "POST", QStringLiteral("/api/register"), body);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(a.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("inviteCode"));
        QVERIFY(!store::UserRepository(*m_rig->data.db)
                     .findByUsername(QStringLiteral("drummer"))
                     .ok()); // nothing made

        body.insert(QStringLiteral("inviteCode"), code.toLower());
        a = m_rig->send(browser, "POST", QStringLiteral("/api/register"), body);
        QCOMPARE(a.status, 201);
        QVERIFY(a.header("Set-Cookie").startsWith("oscalis_session="));
        QCOMPARE(a.json()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("Dana Drums"));
        QCOMPARE(a.json().value(QStringLiteral("currentBandId")).toInteger(), m_rig->data.band);
        QCOMPARE(a.json()
                     .value(QStringLiteral("bands"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("roleInBand"))
                     .toString(),
                 QStringLiteral("member"));

        QNetworkAccessManager other;
        a = m_rig->send(other, "POST", QStringLiteral("/api/register"), body);
        QCOMPARE(a.status, 409);
        QCOMPARE(a.errorCode(), QStringLiteral("conflict"));
        body.insert(QStringLiteral("username"), QStringLiteral("bassist"));
        body.insert(QStringLiteral("password"), QStringLiteral("short"));
        a = m_rig->send(other, "POST", QStringLiteral("/api/register"), body);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("password"));
    }

    void sessionsAreListedAndEnded() {
        QNetworkAccessManager laptop, phone;
        QVERIFY(m_rig->login(laptop, QStringLiteral("member")));
        QVERIFY(m_rig->login(phone, QStringLiteral("member")));
        HttpAnswer a = m_rig->send(laptop, "GET", QStringLiteral("/api/sessions"));
        QCOMPARE(a.status, 200);
        const QJsonArray list = a.jsonArray();
        QCOMPARE(list.size(), 2);
        qint64 phoneSession = 0;
        int current = 0;
        for (const QJsonValue& v : list) {
            const QJsonObject s = v.toObject();
            QVERIFY(!s.value(QStringLiteral("device")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("expiresAt")).toString().isEmpty());
            if (s.value(QStringLiteral("current")).toBool())
                ++current;
            else
                phoneSession = s.value(QStringLiteral("id")).toInteger();
        }
        QCOMPARE(current, 1);
        // Someone else's session is not found, not ended.
        QNetworkAccessManager leader;
        QVERIFY(m_rig->login(leader, QStringLiteral("leader")));
        QCOMPARE(m_rig->send(leader, "DELETE", QStringLiteral("/api/sessions/%1").arg(phoneSession))
                     .status,
                 404);
        QCOMPARE(m_rig->send(phone, "GET", QStringLiteral("/api/me")).status, 200);

        a = m_rig->send(laptop, "DELETE", QStringLiteral("/api/sessions/%1").arg(phoneSession));
        QCOMPARE(a.status, 204);
        QCOMPARE(m_rig->send(phone, "GET", QStringLiteral("/api/me")).status, 401);
        QCOMPARE(m_rig->send(laptop, "GET", QStringLiteral("/api/sessions")).jsonArray().size(), 1);
    }

    void endingASessionInTheBrowserClosesItsWebSocket() {
        // The member's phone and laptop each have the band's WebSocket open; on the laptop's
        // account page, the member ends the phone's session.
        auto phone = m_rig->browser(QStringLiteral("member"));
        auto laptop = m_rig->browser(QStringLiteral("member"));
        QVERIFY(phone && laptop);
        qint64 phoneSession = 0;
        for (const QJsonValue& v :
             m_rig->send(*phone->http, "GET", QStringLiteral("/api/sessions")).jsonArray())
            if (v.toObject().value(QStringLiteral("current")).toBool())
                phoneSession = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(phoneSession > 0);

        QSignalSpy closed(phone->socket.get(), &QWebSocket::disconnected);
        QCOMPARE(m_rig
                     ->send(*laptop->http, "DELETE",
                            QStringLiteral("/api/sessions/%1").arg(phoneSession))
                     .status,
                 204);
        WEB_TRY_COMPARE(closed.size(), 1);
        QCOMPARE(phone->socket->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        // The laptop's own WebSocket stays open and keeps working.
        laptop->send({{QStringLiteral("type"), QStringLiteral("chat.send")},
                      {QStringLiteral("roomId"), laptop->generalRoom()},
                      {QStringLiteral("text"), QStringLiteral("still here")}});
        WEB_TRY_COMPARE(laptop->of(QStringLiteral("chat.message")).size(), 1);
        QCOMPARE(laptop->socket->state(), QAbstractSocket::ConnectedState);
    }

    void logoutRevokesTheSession() {
        QNetworkAccessManager browser;
        QVERIFY(m_rig->login(browser, QStringLiteral("member")));
        const QString token = m_rig->token(browser);
        const HttpAnswer out = m_rig->send(browser, "POST", QStringLiteral("/api/logout"));
        QCOMPARE(out.status, 204);
        QVERIFY(out.header("Set-Cookie").contains("Max-Age=0"));
        QCOMPARE(m_rig->send(browser, "GET", QStringLiteral("/api/me")).status, 401);
        // The old token is dead on the server, not only forgotten by the browser.
        const HttpAnswer replay =
            m_rig->raw("GET /api/me HTTP/1.1\r\nHost: " + m_rig->host().toUtf8() +
                       "\r\nCookie: oscalis_session=" + token.toLatin1() + "\r\n\r\n");
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("not_signed_in"));
    }

    void everyApiRouteRefusesWithoutASession() {
        QNetworkAccessManager stranger;
        int checked = 0;
        for (const web::RouteSpec& route : web::Routes::table()) {
            if (route.access == web::RouteSpec::Access::Public ||
                route.kind != web::RouteSpec::Kind::Api)
                continue;
            QString path = route.pattern;
            path.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), QStringLiteral("1"));
            const QJsonValue body =
                route.method == "GET" ? QJsonValue() : QJsonValue(QJsonObject{});
            const HttpAnswer a = m_rig->send(stranger, route.method, path, body);
            QVERIFY2(a.status == 401,
                     qPrintable(route.heading() + QStringLiteral(" answered %1").arg(a.status)));
            QCOMPARE(a.errorCode(), QStringLiteral("not_signed_in"));
            ++checked;
        }
        QVERIFY(checked >= 15);
    }

    void bandRoutesRefuseNonMembers() {
        QNetworkAccessManager outsider;
        QVERIFY(m_rig->login(outsider, QStringLiteral("outsider")));
        int checked = 0;
        for (const web::RouteSpec& route : web::Routes::table()) {
            if (route.access != web::RouteSpec::Access::BandMember)
                continue;
            QString path = route.pattern;
            path.replace(QStringLiteral("{bandId}"), QString::number(m_rig->data.band));
            const QJsonValue body =
                route.method == "GET" ? QJsonValue() : QJsonValue(QJsonObject{});
            const HttpAnswer a = m_rig->send(outsider, route.method, path, body);
            QVERIFY2(a.status == 403,
                     qPrintable(route.heading() + QStringLiteral(" answered %1").arg(a.status)));
            QCOMPARE(a.errorCode(), QStringLiteral("forbidden"));
            ++checked;
        }
        QVERIFY(checked >= 7);
        // Changes to band data also need the Origin.
        QNetworkAccessManager member;
        QVERIFY(m_rig->login(member, QStringLiteral("member")));
        const HttpAnswer a = m_rig->send(
            member, "POST", QStringLiteral("/api/bands/%1/suggestions").arg(m_rig->data.band),
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Song")}},
            QStringLiteral("https://evil.example"));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.errorCode(), QStringLiteral("bad_origin"));
    }
};

QTEST_GUILESS_MAIN(TestWebAccounts)
#include "test_web_accounts.moc"
