// Live audio over the web server with real WebSocket clients: listeners get the studio's packets
// as binary frames, identical and in order; one that stops reading is skipped and then dropped
// without holding up the others; audio.stop stops the packets.
#include "audio/AudioPacket.h"
#include "audio/StreamEngine.h"
#include "tests/support/WebRig.h"
#include "web/AudioFanOut.h"

#include <QtTest>

#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <map>

using namespace oscalis;
using oscalis::test::SocketLog;

namespace {

QString json(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject listenMessage() {
    return {{QStringLiteral("type"), QStringLiteral("audio.listen")}};
}

std::uint32_t sequenceOf(const QByteArray& packet) {
    const auto* b = reinterpret_cast<const unsigned char*>(packet.constData());
    return std::uint32_t(b[4]) << 24 | std::uint32_t(b[5]) << 16 | std::uint32_t(b[6]) << 8 | b[7];
}

/// A packet as the encoder would frame it (20 ms, the largest Opus payload), its bytes
/// depending on the sequence number so that a mix-up shows.
QByteArray fakePacket(std::uint32_t sequence) {
    QByteArray packet(audio::AudioPacket::kMaxBytes, '\0');
    audio::AudioPacket::Header header;
    header.frameSamples = 960;
    header.sequence = sequence;
    header.captureMicros = sequence * 20000ull;
    audio::AudioPacket::writeHeader(header, reinterpret_cast<std::uint8_t*>(packet.data()));
    for (int i = audio::AudioPacket::kHeaderBytes; i < packet.size(); ++i)
        packet[i] = char((sequence * 31 + std::uint32_t(i)) & 0xff);
    return packet;
}

/// A browser's WebSocket with everything it received: JSON messages and binary packets.
struct Listener {
    std::unique_ptr<QNetworkAccessManager> browser = std::make_unique<QNetworkAccessManager>();
    std::unique_ptr<QWebSocket> socket;
    std::unique_ptr<SocketLog> log;
    QList<QByteArray> packets;
};

/// A WebSocket client on a thread of its own, which the test can freeze (like a phone whose
/// browser hangs): while frozen it reads nothing, so the server's writes to it pile up.
class FrozenClient : public QObject {
public:
    FrozenClient() {
        m_thread.start();
        moveToThread(&m_thread);
    }
    ~FrozenClient() override {
        thaw();
        QMetaObject::invokeMethod(
            this, [this] { m_socket.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    void open(const QNetworkRequest& request, const QString& origin) {
        QMetaObject::invokeMethod(this, [this, request, origin] {
            m_socket = std::make_unique<QWebSocket>(origin);
            connect(m_socket.get(), &QWebSocket::connected, this,
                    [this] { m_socket->sendTextMessage(json(listenMessage())); });
            connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
                    [this](const QString& text) {
                        QMutexLocker lock(&m_mutex);
                        m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                    });
            connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
                    [this](const QByteArray& packet) {
                        QMutexLocker lock(&m_mutex);
                        m_sequences.append(sequenceOf(packet));
                    });
            m_socket->open(request);
        });
    }
    void freeze() {
        QMetaObject::invokeMethod(this, [this] { m_gate.acquire(); });
        m_frozen = true;
    }
    void thaw() {
        if (m_frozen.exchange(false))
            m_gate.release();
    }
    QList<QJsonObject> messagesOfType(const QString& type) {
        QMutexLocker lock(&m_mutex);
        QList<QJsonObject> list;
        for (const QJsonObject& m : std::as_const(m_messages))
            if (m.value(QStringLiteral("type")).toString() == type)
                list.append(m);
        return list;
    }
    QList<std::uint32_t> sequences() {
        QMutexLocker lock(&m_mutex);
        return m_sequences;
    }

private:
    QThread m_thread;
    std::unique_ptr<QWebSocket> m_socket; ///< created, used and deleted on m_thread
    QSemaphore m_gate;
    std::atomic<bool> m_frozen{false};
    QMutex m_mutex;
    QList<QJsonObject> m_messages;
    QList<std::uint32_t> m_sequences;
};

} // namespace

class TestWebAudio : public QObject {
    Q_OBJECT

    std::unique_ptr<test::WebRig> m_rig;

    std::unique_ptr<Listener> listener(const QString& user) {
        auto l = std::make_unique<Listener>();
        if (!m_rig->login(*l->browser, user))
            return nullptr;
        l->socket = m_rig->openSocket(l->browser.get(), m_rig->data.band);
        l->log = std::make_unique<SocketLog>(*l->socket);
        Listener* raw = l.get();
        QObject::connect(l->socket.get(), &QWebSocket::binaryMessageReceived, l->socket.get(),
                         [raw](const QByteArray& packet) { raw->packets.append(packet); });
        QObject::connect(l->socket.get(), &QWebSocket::connected, l->socket.get(),
                         [raw] { raw->socket->sendTextMessage(json(listenMessage())); });
        return l;
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<test::WebRig>();
        QVERIFY(m_rig->setUp());
    }
    void cleanup() { m_rig.reset(); }

    void everyListenerGetsTheSameStudioPacketsInOrder() {
        audio::StreamEngine engine;
        QVERIFY(m_rig->start());
        m_rig->server->attachStream(engine);
        std::vector<std::unique_ptr<Listener>> listeners;
        for (const QString& user : {QStringLiteral("member"), QStringLiteral("leader"),
                                    QStringLiteral("member"), QStringLiteral("leader")})
            listeners.push_back(listener(user));
        for (auto& l : listeners) {
            QVERIFY(l);
            WEB_TRY_COMPARE(l->log->ofType(QStringLiteral("audio.listening")).size(), 1);
            QCOMPARE(l->log->ofType(QStringLiteral("welcome"))
                         .first()
                         .value(QStringLiteral("permissions"))
                         .toObject()
                         .value(QStringLiteral("listen"))
                         .toBool(),
                     true);
        }
        audio::EncoderSettings settings;
        settings.frameSamples = 240;
        QString error;
        QVERIFY(engine.start({}, settings, error)); // the 1 kHz test tone
        for (auto& l : listeners)
            WEB_TRY_VERIFY(l->packets.size() >= 100);
        engine.stop();

        std::map<std::uint32_t, QByteArray> seen; // sequence -> the bytes the first one got
        for (auto& l : listeners) {
            for (qsizetype i = 0; i < l->packets.size(); ++i) {
                const QByteArray& p = l->packets[i];
                QString why;
                const auto view =
                    audio::AudioPacket::parse(reinterpret_cast<const std::uint8_t*>(p.constData()),
                                              std::size_t(p.size()), &why);
                QVERIFY2(view, qPrintable(why));
                QCOMPARE(int(view->header.frameSamples), 240);
                if (i > 0) // in order, none missing
                    QCOMPARE(view->header.sequence, sequenceOf(l->packets[i - 1]) + 1);
                const auto [it, first] = seen.emplace(view->header.sequence, p);
                if (!first)
                    QCOMPARE(it->second, p); // identical for everyone
            }
        }
    }

    void aListenerThatStopsReadingHoldsUpNobody() {
        QVERIFY(m_rig->start());
        std::unique_ptr<Listener> a = listener(QStringLiteral("member"));
        std::unique_ptr<Listener> b = listener(QStringLiteral("leader"));
        QVERIFY(a && b);
        FrozenClient frozen;
        QNetworkAccessManager browser;
        QVERIFY(m_rig->login(browser, QStringLiteral("member")));
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://%1/ws?band=%2").arg(m_rig->host()).arg(m_rig->data.band)));
        request.setRawHeader("Cookie", "oscalis_session=" + m_rig->token(browser).toLatin1());
        frozen.open(request, m_rig->origin());
        WEB_TRY_COMPARE(a->log->ofType(QStringLiteral("audio.listening")).size(), 1);
        WEB_TRY_COMPARE(b->log->ofType(QStringLiteral("audio.listening")).size(), 1);
        WEB_TRY_COMPARE(frozen.messagesOfType(QStringLiteral("audio.listening")).size(), 1);
        frozen.freeze();

        // Packets at a steady pace (several times the real rate, so the frozen client's buffers
        // fill in seconds) until the server has given up on the frozen client.
        std::uint32_t sequence = 0;
        QTimer pace;
        pace.setInterval(5);
        QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
            for (int i = 0; i < 4; ++i)
                m_rig->server->publishAudio(fakePacket(sequence++));
        });
        pace.start();
        QSignalSpy listenersLeft(m_rig->server.get(), &web::WebServer::audioListenersChanged);
        QTRY_VERIFY_WITH_TIMEOUT(
            !listenersLeft.isEmpty() && listenersLeft.last().first().toInt() == 2, 60000);
        const std::uint32_t afterDrop = sequence;
        QTRY_VERIFY_WITH_TIMEOUT(sequence >= afterDrop + 40, 10000);
        pace.stop();
        const std::uint32_t published = sequence;

        // The two that read got every packet, in order, the same bytes as published.
        for (Listener* l : {a.get(), b.get()}) {
            WEB_TRY_COMPARE(std::uint32_t(l->packets.size()), published);
            for (std::uint32_t i = 0; i < published; ++i)
                if (l->packets[qsizetype(i)] != fakePacket(i))
                    QFAIL(qPrintable(QStringLiteral("packet %1 differs").arg(i)));
        }
        // The frozen one, once it reads again: what it got is in order, with the stretch that was
        // skipped left out, then it is told why the sound stopped.
        frozen.thaw();
        WEB_TRY_COMPARE(frozen.messagesOfType(QStringLiteral("audio.stopped")).size(), 1);
        const QJsonObject stopped = frozen.messagesOfType(QStringLiteral("audio.stopped")).first();
        QCOMPARE(stopped.value(QStringLiteral("code")).toString(), QStringLiteral("too_slow"));
        QVERIFY(stopped.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("did not keep up")));
        const QList<std::uint32_t> got = frozen.sequences();
        QVERIFY(!got.isEmpty());
        QVERIFY(std::uint32_t(got.size()) < afterDrop);
        for (qsizetype i = 1; i < got.size(); ++i)
            QVERIFY(got[i] > got[i - 1]);
    }

    void audioStopStopsThePackets() {
        QVERIFY(m_rig->start());
        std::unique_ptr<Listener> l = listener(QStringLiteral("member"));
        QVERIFY(l);
        WEB_TRY_COMPARE(l->log->ofType(QStringLiteral("audio.listening")).size(), 1);
        m_rig->server->publishAudio(fakePacket(0));
        WEB_TRY_COMPARE(l->packets.size(), 1);
        l->socket->sendTextMessage(json(
            {{QStringLiteral("type"), QStringLiteral("audio.stop")}, {QStringLiteral("ref"), 7}}));
        WEB_TRY_COMPARE(l->log->ofType(QStringLiteral("audio.stopped")).size(), 1);
        const QJsonObject stopped = l->log->ofType(QStringLiteral("audio.stopped")).first();
        QCOMPARE(stopped.value(QStringLiteral("code")).toString(), QStringLiteral("asked"));
        QCOMPARE(stopped.value(QStringLiteral("ref")).toInt(), 7);
        for (std::uint32_t i = 1; i <= 5; ++i)
            m_rig->server->publishAudio(fakePacket(i));
        // Anything sent after the stop would arrive before the answer to this later message.
        l->socket->sendTextMessage(json(listenMessage()));
        WEB_TRY_COMPARE(l->log->ofType(QStringLiteral("audio.listening")).size(), 2);
        QCOMPARE(l->packets.size(), 1);
        m_rig->server->publishAudio(fakePacket(6));
        WEB_TRY_COMPARE(l->packets.size(), 2);
        QCOMPARE(sequenceOf(l->packets.last()), 6u);
    }
};

QTEST_GUILESS_MAIN(TestWebAudio)
#include "test_web_audio.moc"
