#pragma once

#include "auth/PasswordHasher.h"
#include "store/BandRepository.h"
#include "store/UserRepository.h"
#include "tests/store/StoreTestRig.h"
#include "web/TlsIdentity.h"
#include "web/WebServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>

/// QTRY_* with room for a busy machine: the server's threads may wait their turn for seconds.
#define WEB_TRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 20000)
#define WEB_TRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT(expr, expected, 20000)

namespace oscalis::test {

/// One HTTP answer as a test sees it.
struct HttpAnswer {
    int status = 0;
    QByteArray raw; ///< the whole response (raw requests only)
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const {
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    QString errorCode() const {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString errorMessage() const {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
};

/// Collects what a WebSocket receives, as JSON objects.
class SocketLog {
public:
    explicit SocketLog(QWebSocket& socket) {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString& text) {
                             messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
    }
    /// The messages of this type so far.
    QList<QJsonObject> ofType(const QString& type) const {
        QList<QJsonObject> list;
        for (const QJsonObject& m : messages)
            if (m.value(QStringLiteral("type")).toString() == type)
                list.append(m);
        return list;
    }
    QList<QJsonObject> messages;
};

/// A bandmate's browser as a test drives it: its own cookie jar and, once open, its WebSocket to
/// the band with everything that socket received.
struct Browser {
    std::unique_ptr<QNetworkAccessManager> http = std::make_unique<QNetworkAccessManager>();
    std::unique_ptr<QWebSocket> socket;
    std::unique_ptr<SocketLog> log;

    /// The messages of this type received so far.
    QList<QJsonObject> of(const QString& type) const { return log->ofType(type); }
    /// Sends message as one text frame of compact JSON.
    void send(const QJsonObject& message) {
        socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    /// The id of the band's "general" room as the welcome listed it (0 before the welcome).
    qint64 generalRoom() const {
        for (const QJsonValue& r :
             of(QStringLiteral("welcome")).value(0).value(QStringLiteral("rooms")).toArray())
            if (r.toObject().value(QStringLiteral("name")).toString() == u"general")
                return r.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }
};

/// A real band database (StoreTestRig: admin, moderator, leader and member of `band`, outsider)
/// whose people have real passwords ("<name>-password"), and a real WebServer on 127.0.0.1 on a
/// free port, with real clients: QNetworkAccessManager (one cookie jar per "browser"), raw
/// sockets for malformed requests, and QWebSocket. Plain HTTP unless tls is asked for, in which
/// case the generated certificate is trusted explicitly. Test thread (the GUI thread) only.
class WebRig {
public:
    store::test::StoreTestRig data;
    QTemporaryDir tlsDir;
    web::WebServerOptions options;
    /// Stands still unless a test moves it (before start()): sign-in waits and WebSocket rate
    /// windows then never run out while a test looks at them.
    util::ManualClock clock;
    std::unique_ptr<web::WebServer> server;
    QSslCertificate certificate; ///< the server's, when tls

    static QString password(const QString& user) { return user + QStringLiteral("-password"); }

    /// Prepares the database; call start() after adjusting options.
    bool setUp(bool tls = false) {
        if (!data.setUp())
            return false;
        const auth::PasswordHasher hasher(auth::PasswordHasher::Cost::minimum());
        store::UserRepository users(*data.db);
        for (const auth::Actor& a :
             {data.admin, data.moderator, data.leader, data.member, data.outsider}) {
            const QString name = users.find(a.userId)->username;
            if (!users.setPasswordHash(a, a.userId, hasher.hash(password(name)).value()).ok())
                return false;
        }
        options.databasePath = data.path();
        options.port = 0;
        options.address = QHostAddress(QHostAddress::LocalHost);
        options.plainLoopback = !tls;
        options.tlsFolder = tlsDir.filePath(QStringLiteral("web"));
        options.staticRoot = QStringLiteral(":/test-web");
        options.hasherCost = auth::PasswordHasher::Cost::minimum();
        options.clock = &clock;
        return true;
    }

    bool start() {
        server = std::make_unique<web::WebServer>(options);
        if (!server->start())
            return false;
        if (!options.plainLoopback)
            certificate =
                QSslCertificate::fromPath(web::TlsIdentity::certificateFileIn(options.tlsFolder))
                    .value(0);
        return true;
    }

    bool secure() const { return !options.plainLoopback; }
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(server->port()); }
    QString origin() const {
        return (secure() ? QStringLiteral("https://") : QStringLiteral("http://")) + host();
    }
    QUrl url(const QString& path) const { return QUrl(origin() + path); }

    QSslConfiguration trusting() const {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates({certificate});
        return c;
    }

    /// A request through a QNetworkAccessManager (a "browser" with its cookie jar). Changes carry
    /// this server's Origin unless origin says otherwise ("" = none).
    HttpAnswer send(QNetworkAccessManager& browser, const QByteArray& method, const QString& path,
                    const QJsonValue& body = {}, std::optional<QString> origin = std::nullopt) {
        QNetworkRequest request(url(path));
        if (secure())
            request.setSslConfiguration(trusting());
        const QString o = origin.value_or(this->origin());
        if (!o.isEmpty() && method != "GET")
            request.setRawHeader("Origin", o.toUtf8());
        QByteArray data;
        if (!body.isUndefined() && !body.isNull()) {
            data = body.isObject() ? QJsonDocument(body.toObject()).toJson()
                                   : QJsonDocument(body.toArray()).toJson();
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
        }
        QNetworkReply* reply = browser.sendCustomRequest(request, method, data);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        HttpAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.headers = reply->rawHeaderPairs();
        a.body = reply->readAll();
        reply->deleteLater();
        return a;
    }

    /// Signs a browser in; true on 200.
    bool login(QNetworkAccessManager& browser, const QString& user) {
        return send(browser, "POST", QStringLiteral("/api/login"),
                    QJsonObject{{QStringLiteral("username"), user},
                                {QStringLiteral("password"), password(user)}})
                   .status == 200;
    }

    /// The session token a browser holds, for clients that set the Cookie header themselves.
    QString token(QNetworkAccessManager& browser) const {
        for (const QNetworkCookie& c : browser.cookieJar()->cookiesForUrl(url(QStringLiteral("/"))))
            if (c.name() == "oscalis_session")
                return QString::fromLatin1(c.value());
        return {};
    }

    /// Bytes written on a fresh connection as they are, and everything read until the server
    /// closes or waitMs passes.
    HttpAnswer raw(const QByteArray& bytes, int waitMs = 5000) {
        std::unique_ptr<QTcpSocket> socket = connectRaw();
        if (!socket)
            return {};
        socket->write(bytes);
        QByteArray in;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < waitMs && socket->state() == QAbstractSocket::ConnectedState) {
            socket->waitForReadyRead(100);
            in += socket->readAll();
            if (responseComplete(in))
                break;
        }
        in += socket->readAll();
        return parse(in);
    }

    /// An open TCP (or TLS) connection to the server.
    std::unique_ptr<QTcpSocket> connectRaw() {
        if (!secure()) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, server->port());
            return s->waitForConnected(5000) ? std::move(s) : nullptr;
        }
        auto s = std::make_unique<QSslSocket>();
        s->setSslConfiguration(trusting());
        s->connectToHostEncrypted(QStringLiteral("127.0.0.1"), server->port());
        if (!s->waitForEncrypted(10000))
            return nullptr;
        return s;
    }

    /// A WebSocket to /ws?band=bandId with this browser's session; waits for the connection.
    std::unique_ptr<QWebSocket> openSocket(QNetworkAccessManager* browser, qint64 bandId,
                                           std::optional<QString> origin = std::nullopt) {
        const QString scheme = secure() ? QStringLiteral("wss://") : QStringLiteral("ws://");
        QNetworkRequest request(QUrl(scheme + host() + QStringLiteral("/ws?band=%1").arg(bandId)));
        if (browser)
            request.setRawHeader("Cookie", "oscalis_session=" + token(*browser).toLatin1());
        auto ws = std::make_unique<QWebSocket>(origin.value_or(this->origin()));
        if (secure())
            ws->setSslConfiguration(trusting());
        ws->open(request);
        return ws;
    }

    /// A browser signed in as user, its WebSocket to the rig's band opening (not waited for);
    /// null when the sign-in fails.
    std::unique_ptr<Browser> openBrowser(const QString& user) {
        auto b = std::make_unique<Browser>();
        if (!login(*b->http, user))
            return nullptr;
        b->socket = openSocket(b->http.get(), data.band);
        b->log = std::make_unique<SocketLog>(*b->socket);
        return b;
    }

    /// A browser signed in as user with its WebSocket open and welcomed; null when the sign-in
    /// fails or no welcome comes within 20 s.
    std::unique_ptr<Browser> browser(const QString& user) {
        auto b = openBrowser(user);
        if (!b ||
            !QTest::qWaitFor([&] { return !b->of(QStringLiteral("welcome")).isEmpty(); }, 20000))
            return nullptr;
        return b;
    }

    static HttpAnswer parse(const QByteArray& in) {
        HttpAnswer a;
        a.raw = in;
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0)
            return a;
        const QList<QByteArray> lines = in.left(end).split('\n');
        a.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray l = lines[i].trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon > 0)
                a.headers.append({l.left(colon), l.mid(colon + 1).trimmed()});
        }
        a.body =
            in.mid(end + 4,
                   a.header("Content-Length").isEmpty() ? -1 : a.header("Content-Length").toInt());
        return a;
    }

private:
    static bool responseComplete(const QByteArray& in) {
        const HttpAnswer a = parse(in);
        if (a.status == 0)
            return false;
        const qsizetype end = in.indexOf("\r\n\r\n");
        return in.size() - end - 4 >= a.header("Content-Length").toInt();
    }
};

} // namespace oscalis::test
