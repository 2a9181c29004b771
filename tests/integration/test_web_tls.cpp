// The web server's TLS: the certificate Oscalis makes (names, addresses, key, reuse, renewal),
// the user's own files and their problems in words, and HTTPS + WSS with real Qt clients that
// trust the generated certificate explicitly.
#include "tests/support/WebRig.h"
#include "web/Listener.h"
#include "web/TlsIdentity.h"

#include <QtTest>

using namespace oscalis;
using oscalis::test::HttpAnswer;
using web::TlsIdentity;

namespace {
QStringList ipEntries(const QSslCertificate& c) {
    return c.subjectAlternativeNames().values(QSsl::IpAddressEntry);
}
QStringList dnsEntries(const QSslCertificate& c) {
    return c.subjectAlternativeNames().values(QSsl::DnsEntry);
}
} // namespace

class TestWebTls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theGeneratedCertificateNamesThisComputerAndIsKept() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("web"));
        const TlsIdentity first =
            TlsIdentity::ensure(folder, TlsIdentity::localNames(), TlsIdentity::localAddresses());
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QVERIFY(first.generated());
        const QSslCertificate& c = first.certificate();
        QVERIFY(dnsEntries(c).contains(QStringLiteral("localhost")));
        QVERIFY(ipEntries(c).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(ipEntries(c).contains(QStringLiteral("0:0:0:0:0:0:0:1")) ||
                ipEntries(c).contains(QStringLiteral("::1")));
        QCOMPARE(first.key().algorithm(), QSsl::Ec);
        QCOMPARE(first.key().length(), 256);
        const qint64 days = c.effectiveDate().daysTo(c.expiryDate());
        QVERIFY2(days >= 825 && days <= 826, qPrintable(QString::number(days)));
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                    .match(first.fingerprint())
                    .hasMatch());
        // Only its owner may read the key: 0600.
        QCOMPARE(QFile::permissions(TlsIdentity::keyFileIn(folder)),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);

        const TlsIdentity again =
            TlsIdentity::ensure(folder, TlsIdentity::localNames(), TlsIdentity::localAddresses());
        QVERIFY(again.ok());
        QVERIFY(!again.generated());
        QCOMPARE(again.fingerprint(), first.fingerprint());

        // A new address on the LAN: a new certificate that names it.
        QList<QHostAddress> moved = TlsIdentity::localAddresses();
        moved.append(QHostAddress(QStringLiteral("10.99.98.97")));
        const TlsIdentity renewed = TlsIdentity::ensure(folder, TlsIdentity::localNames(), moved);
        QVERIFY(renewed.ok());
        QVERIFY(renewed.generated());
        QVERIFY(renewed.fingerprint() != first.fingerprint());
        QVERIFY(ipEntries(renewed.certificate()).contains(QStringLiteral("10.99.98.97")));
    }

    void theUsersOwnFilesAndTheirProblems() {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a")), b = dir.filePath(QStringLiteral("b"));
        QVERIFY(TlsIdentity::ensure(a, {QStringLiteral("localhost")},
                                    {QHostAddress(QHostAddress::LocalHost)})
                    .ok());
        QVERIFY(TlsIdentity::ensure(b, {QStringLiteral("localhost")},
                                    {QHostAddress(QHostAddress::LocalHost)})
                    .ok());
        const TlsIdentity own =
            TlsIdentity::load(TlsIdentity::certificateFileIn(a), TlsIdentity::keyFileIn(a));
        QVERIFY2(own.ok(), qPrintable(own.errorString()));
        QVERIFY(!own.generated());

        const TlsIdentity mixed =
            TlsIdentity::load(TlsIdentity::certificateFileIn(a), TlsIdentity::keyFileIn(b));
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.errorString().contains(QStringLiteral("does not belong")),
                 qPrintable(mixed.errorString()));
        const TlsIdentity missing =
            TlsIdentity::load(dir.filePath(QStringLiteral("nope.crt")), TlsIdentity::keyFileIn(a));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorString().contains(QStringLiteral("nope.crt")));
        QFile junk(dir.filePath(QStringLiteral("junk.crt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a certificate\n");
        junk.close();
        const TlsIdentity garbage = TlsIdentity::load(junk.fileName(), TlsIdentity::keyFileIn(a));
        QVERIFY(!garbage.ok());
        QVERIFY(garbage.errorString().contains(QStringLiteral("no certificate")));
    }

    void httpsAndWssWithTheTrustedCertificate() {
        test::WebRig rig;
        QVERIFY(rig.setUp(true));
        QVERIFY(rig.start());
        QVERIFY(!rig.server->fingerprint().isEmpty());
        QVERIFY(rig.server->newCertificate());
        QCOMPARE(rig.certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper(),
                 rig.server->fingerprint().toLatin1());

        QNetworkAccessManager browser;
        HttpAnswer a = rig.send(browser, "GET", QStringLiteral("/api/me"));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));
        a = rig.send(browser, "POST", QStringLiteral("/api/login"),
                     QJsonObject{{QStringLiteral("username"), QStringLiteral("leader")},
                                 {QStringLiteral("password"),
                                  test::WebRig::password(QStringLiteral("leader"))}});
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("Set-Cookie").contains("; Secure"));

        // The host name is checked too: localhost is in the certificate.
        QNetworkRequest byName(
            QUrl(QStringLiteral("https://localhost:%1/").arg(rig.server->port())));
        byName.setSslConfiguration(rig.trusting());
        QNetworkReply* page = browser.get(byName);
        QSignalSpy pageDone(page, &QNetworkReply::finished);
        QVERIFY(pageDone.wait(20000));
        QCOMPARE(page->error(), QNetworkReply::NoError);
        QVERIFY(page->readAll().contains("stand-in"));
        page->deleteLater();

        // A client that does not trust the certificate gets nowhere (a fresh one: no kept
        // connection).
        QNetworkAccessManager stranger;
        QNetworkRequest untrusted(rig.url(QStringLiteral("/")));
        QNetworkReply* refused = stranger.get(untrusted);
        QSignalSpy refusedDone(refused, &QNetworkReply::finished);
        QVERIFY(refusedDone.wait(20000));
        QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);
        refused->deleteLater();

        // WSS: the upgrade is handed over on the TLS socket and the hub greets.
        std::unique_ptr<QWebSocket> ws = rig.openSocket(&browser, rig.data.band);
        test::SocketLog log(*ws);
        WEB_TRY_COMPARE(log.ofType(QStringLiteral("welcome")).size(), 1);
        ws->sendTextMessage(QStringLiteral("{\"type\": \"nothing\"}"));
        WEB_TRY_COMPARE(log.ofType(QStringLiteral("error")).size(), 1);
        QCOMPARE(
            log.ofType(QStringLiteral("error")).first().value(QStringLiteral("code")).toString(),
            QStringLiteral("unknown_type"));
    }

    void aTakenPortIsSaidInPlainWords() {
        test::WebRig rig;
        QVERIFY(rig.setUp(true));
        QVERIFY(rig.start());
        web::WebServerOptions second = rig.options;
        second.port = rig.server->port();
        web::WebServer other(second);
        QVERIFY(!other.start());
        QVERIFY2(other.errorString().contains(QStringLiteral("already used")),
                 qPrintable(other.errorString()));
        QVERIFY(!other.isRunning());
        // The first one is unharmed.
        QNetworkAccessManager browser;
        QCOMPARE(rig.send(browser, "GET", QStringLiteral("/sw.js")).status, 200);
    }

    void plainHttpOnlyOnLoopback() {
        web::Listener listener(4);
        QVERIFY(!listener.listen(QHostAddress::Any, 0, std::nullopt));
        QVERIFY(listener.errorString().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0, std::nullopt));
    }
};

QTEST_GUILESS_MAIN(TestWebTls)
#include "test_web_tls.moc"
