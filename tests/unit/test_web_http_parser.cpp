// Reading HTTP/1.1 requests from a byte stream within the server's limits.
#include "web/HttpParser.h"

#include <QtTest>

using namespace oscalis::web;

class TestWebHttpParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsARequestArrivingInPieces() {
        HttpParser p;
        const QByteArray request =
            "POST /api/login?x=1%202 HTTP/1.1\r\nHost: studio:8443\r\nContent-Length: 11\r\n"
            "Cookie: a=b\r\n\r\nhello world";
        for (int i = 0; i < request.size() - 1; ++i) {
            p.append(request.mid(i, 1));
            QCOMPARE(p.parse(), HttpParser::State::NeedMore);
        }
        p.append(request.right(1));
        QCOMPARE(p.parse(), HttpParser::State::Complete);
        const HttpRequest r = p.take();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/api/login"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded),
                 QStringLiteral("1 2"));
        QCOMPARE(r.header("host"), QByteArray("studio:8443"));
        QCOMPARE(r.body, QByteArray("hello world"));
        QCOMPARE(p.buffered(), 0);
        QVERIFY(r.keepAlive());
    }

    void pipelinedRequestsComeOutOneByOne() {
        HttpParser p;
        p.append("GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.0\r\n\r\nGET /c");
        QCOMPARE(p.parse(), HttpParser::State::Complete);
        QCOMPARE(p.take().path, QStringLiteral("/a"));
        QCOMPARE(p.parse(), HttpParser::State::Complete);
        const HttpRequest b = p.take();
        QCOMPARE(b.path, QStringLiteral("/b"));
        QVERIFY(!b.keepAlive()); // HTTP/1.0 without keep-alive
        QCOMPARE(p.parse(), HttpParser::State::NeedMore);
    }

    void refusesWhatItDoesNotAccept_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("huge headers")
            << ("GET / HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(17000, 'x') + "\r\n\r\n") << 431
            << QStringLiteral("headers_too_large");
        QTest::newRow("endless headers") << ("GET / HTTP/1.1\r\nX: " + QByteArray(17000, 'x'))
                                         << 431 << QStringLiteral("headers_too_large");
        QTest::newRow("huge body")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 65537\r\n\r\n") << 413
            << QStringLiteral("body_too_large");
        QTest::newRow("chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n") << 411
            << QStringLiteral("length_required");
        QTest::newRow("two lengths")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400
            << QStringLiteral("invalid_request");
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400
                                 << QStringLiteral("invalid_request");
        QTest::newRow("absolute form") << QByteArray("GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n")
                                       << 400 << QStringLiteral("invalid_request");
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n")
                                       << 400 << QStringLiteral("invalid_request");
        QTest::newRow("http 2") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400
                                << QStringLiteral("invalid_request");
    }
    void refusesWhatItDoesNotAccept() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, code);
        HttpParser p;
        p.append(bytes);
        QCOMPARE(p.parse(), HttpParser::State::Failed);
        QCOMPARE(p.failure().status, status);
        QCOMPARE(p.failure().code, code);
        QVERIFY(!p.failure().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebHttpParser)
#include "test_web_http_parser.moc"
