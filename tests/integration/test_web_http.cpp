// The web server's HTTP layer over real sockets (plain HTTP on loopback): limits, errors as
// JSON, security headers, Origin checks, static files with their gzip twins, the connection cap.
#include "tests/support/WebRig.h"
#include "web/HttpResponse.h"

#include <QtTest>

using namespace oscalis;
using oscalis::test::HttpAnswer;

namespace {
QByteArray get(const QString& path, const QByteArray& extra = {}) {
    return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}
} // namespace

class TestWebHttp : public QObject {
    Q_OBJECT

    std::unique_ptr<test::WebRig> m_rig;

    QByteArray post(const QString& path, const QByteArray& body,
                    const QByteArray& extra = {}) const {
        return "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: " + m_rig->host().toUtf8() +
               "\r\nOrigin: " + m_rig->origin().toUtf8() +
               "\r\nContent-Type: application/json\r\n" + extra +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<test::WebRig>();
        QVERIFY(m_rig->setUp());
    }
    void cleanup() { m_rig.reset(); }

    void everyAnswerCarriesTheSecurityHeaders() {
        QVERIFY(m_rig->start());
        QNetworkAccessManager browser;
        for (const QString& path :
             {QStringLiteral("/"), QStringLiteral("/api/me"), QStringLiteral("/api/nothing")}) {
            const HttpAnswer a = m_rig->send(browser, "GET", path);
            QVERIFY2(a.status != 0, qPrintable(path));
            for (const auto& h : web::HttpResponse::securityHeaders())
                QCOMPARE(a.header(h.first), h.second);
            QVERIFY(a.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            QVERIFY(a.header("Strict-Transport-Security").isEmpty()); // plain loopback: no HSTS
        }
    }

    void unknownRoutesAndMethodsAreJson() {
        QVERIFY(m_rig->start());
        QNetworkAccessManager browser;
        HttpAnswer a = m_rig->send(browser, "GET", QStringLiteral("/api/x"));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(a.errorMessage(), QStringLiteral("No route for GET /api/x."));
        QVERIFY(a.header("Content-Type").startsWith("application/json"));
        a = m_rig->send(browser, "GET", QStringLiteral("/api/login"));
        QCOMPARE(a.status, 405);
        QCOMPARE(a.errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(a.header("Allow"), QByteArray("POST"));
        a = m_rig->send(browser, "GET", QStringLiteral("/no-such-file.js"));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.errorCode(), QStringLiteral("not_found"));
    }

    void staticFilesWithGzipTwinsAndCacheHeaders() {
        QVERIFY(m_rig->start());
        HttpAnswer a = m_rig->raw(get(QStringLiteral("/")));
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("stand-in for the web server"));
        QCOMPARE(a.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-cache"));

        QFile plain(QStringLiteral(":/test-web/assets/app-3f9a1c.js"));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const QByteArray js = plain.readAll();
        a = m_rig->raw(
            get(QStringLiteral("/assets/app-3f9a1c.js"), "Accept-Encoding: br, gzip, deflate\r\n"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Content-Encoding"), QByteArray("gzip"));
        QCOMPARE(a.header("Content-Type"), QByteArray("text/javascript; charset=utf-8"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("public, max-age=31536000, immutable"));
        QCOMPARE(a.header("Vary"), QByteArray("Accept-Encoding"));
        QVERIFY(a.body.size() < js.size());
        a = m_rig->raw(get(QStringLiteral("/assets/app-3f9a1c.js")));
        QVERIFY(a.header("Content-Encoding").isEmpty());
        QCOMPARE(a.body, js);
        a = m_rig->raw(
            get(QStringLiteral("/assets/app-3f9a1c.js"), "Accept-Encoding: gzip;q=0\r\n"));
        QVERIFY(a.header("Content-Encoding").isEmpty());

        // A real client asks for gzip itself and unpacks it: the same file arrives.
        QNetworkAccessManager browser;
        const HttpAnswer viaQt =
            m_rig->send(browser, "GET", QStringLiteral("/assets/app-3f9a1c.js"));
        QCOMPARE(viaQt.body, js);

        a = m_rig->raw(get(QStringLiteral("/sw.js")));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-cache"));
        a = m_rig->raw(get(QStringLiteral("/manifest.webmanifest")));
        QCOMPARE(a.header("Content-Type"), QByteArray("application/manifest+json; charset=utf-8"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-cache"));
        a = m_rig->raw(get(QStringLiteral("/icon.svg")));
        QCOMPARE(a.header("Content-Type"), QByteArray("image/svg+xml"));
        a = m_rig->raw(get(QStringLiteral("/assets/../index.html")));
        QCOMPARE(a.status, 404);
    }

    void keepAliveServesSeveralRequestsOnOneConnection() {
        QVERIFY(m_rig->start());
        std::unique_ptr<QTcpSocket> s = m_rig->connectRaw();
        QVERIFY(s);
        s->write(get(QStringLiteral("/sw.js")) + get(QStringLiteral("/icon.svg")));
        QByteArray in;
        WEB_TRY_VERIFY((in += s->readAll()).count("HTTP/1.1 200 OK") == 2);
        QVERIFY(in.contains("image/svg+xml"));
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
    }

    void changesNeedTheServersOwnOrigin() {
        QVERIFY(m_rig->start());
        QNetworkAccessManager browser;
        const QJsonObject body{
            {QStringLiteral("username"), QStringLiteral("member")},
            {QStringLiteral("password"), test::WebRig::password(QStringLiteral("member"))}};
        HttpAnswer a = m_rig->send(browser, "POST", QStringLiteral("/api/login"), body,
                                   QStringLiteral("https://evil.example"));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.errorCode(), QStringLiteral("bad_origin"));
        QVERIFY(a.header("Set-Cookie").isEmpty());
        a = m_rig->send(browser, "POST", QStringLiteral("/api/login"), body,
                        QString()); // no Origin at all
        QCOMPARE(a.status, 403);
        QCOMPARE(a.errorCode(), QStringLiteral("bad_origin"));
        // Another port of the same host is another origin.
        a = m_rig->send(browser, "POST", QStringLiteral("/api/login"), body,
                        QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(a.status, 403);
        a = m_rig->send(browser, "POST", QStringLiteral("/api/login"), body);
        QCOMPARE(a.status, 200);
    }

    void tooLargeBodiesAndHeadersAreRefused() {
        QVERIFY(m_rig->start());
        HttpAnswer a = m_rig->raw(post(QStringLiteral("/api/login"), QByteArray(70 * 1024, 'x')));
        QCOMPARE(a.status, 413);
        QCOMPARE(a.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("body_too_large"));
        a = m_rig->raw(get(QStringLiteral("/"), "Cookie: " + QByteArray(17 * 1024, 'c') + "\r\n"));
        QCOMPARE(a.status, 431);
        QCOMPARE(a.errorCode(), QStringLiteral("headers_too_large"));
        // Headers that never end are refused as soon as they pass the limit.
        a = m_rig->raw("GET / HTTP/1.1\r\nHost: x\r\nX-Endless: " + QByteArray(20 * 1024, 'e'));
        QCOMPARE(a.status, 431);
    }

    void chunkedBodiesAndBadJsonAreRefusedInWords() {
        QVERIFY(m_rig->start());
        HttpAnswer a = m_rig->raw("POST /api/login HTTP/1.1\r\nHost: " + m_rig->host().toUtf8() +
                                  "\r\nOrigin: " + m_rig->origin().toUtf8() +
                                  "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QCOMPARE(a.status, 411);
        QCOMPARE(a.errorCode(), QStringLiteral("length_required"));
        QVERIFY(a.errorMessage().contains(QStringLiteral("Content-Length")));
        a = m_rig->raw(post(QStringLiteral("/api/login"), "{\"username\": \"member\", "));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.errorCode(), QStringLiteral("invalid_json"));
        a = m_rig->raw("BREW /coffee HTCPCP/1.0\r\n\r\n");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.errorCode(), QStringLiteral("invalid_request"));
    }

    void theConnectionCapAnswersBusy() {
        m_rig->options.maxConnections = 2;
        QVERIFY(m_rig->start());
        std::unique_ptr<QTcpSocket> first = m_rig->connectRaw();
        std::unique_ptr<QTcpSocket> second = m_rig->connectRaw();
        QVERIFY(first && second);
        // Both are served: the server has really taken them.
        first->write(get(QStringLiteral("/sw.js")));
        second->write(get(QStringLiteral("/sw.js")));
        WEB_TRY_VERIFY(first->bytesAvailable() > 0 && second->bytesAvailable() > 0);
        HttpAnswer third = m_rig->raw(get(QStringLiteral("/sw.js")));
        QCOMPARE(third.status, 503);
        QCOMPARE(third.errorCode(), QStringLiteral("busy"));
        first->disconnectFromHost();
        // Asked until served, and not once more after: each ask is a connection of its own, and
        // QTRY_COMPARE's final re-check would open one more while the last is still closing.
        const bool served = QTest::qWaitFor(
            [&] { return m_rig->raw(get(QStringLiteral("/sw.js"))).status == 200; }, 20000);
        QVERIFY2(served, "a slot freed by a client that left is given to the next one");
    }
};

QTEST_GUILESS_MAIN(TestWebHttp)
#include "test_web_http.moc"
