// web::WebSocketFrame: the frames the hub writes itself under QWebSocket reach a real WebSocket
// client whole, whatever their length (the three length encodings and their edges), with any
// UTF-8, in order, mixed with messages QWebSocket sends itself on the same connection.
// Real sockets on loopback: QTcpServer, QWebSocketServer's handshake, a QWebSocket client.

#include "web/WebSocketFrame.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using oscalis::web::WebSocketFrame;

class TestWebSocketFrame : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyLengthArrivesWhole() {
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress::LocalHost));
        QWebSocketServer upgrades(QStringLiteral("frame test"), QWebSocketServer::NonSecureMode);
        QPointer<QTcpSocket> wire;
        connect(&tcp, &QTcpServer::newConnection, this, [&] {
            wire = tcp.nextPendingConnection();
            upgrades.handleConnection(wire); // as web::Hub::adopt does
        });
        QSignalSpy upgraded(&upgrades, &QWebSocketServer::newConnection);

        QWebSocket client;
        QStringList received;
        connect(&client, &QWebSocket::textMessageReceived, this,
                [&](const QString& text) { received << text; });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(tcp.serverPort())));
        QVERIFY(upgraded.wait(10000) || upgraded.size() == 1);
        QWebSocket* server = upgrades.nextPendingConnection();
        QVERIFY(server && wire);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 10000);

        QStringList sent;
        for (int n : {0, 1, 125, 126, 127, 65535, 65536, 200000}) {
            const QString text = QString(n, QLatin1Char('a'));
            sent << text;
            wire->write(WebSocketFrame::text(text.toUtf8()));
        }
        // Multi-byte UTF-8: 124 characters that take 125 bytes and more.
        const QString accents = QString(123, QLatin1Char('e')) + QStringLiteral("é");
        const QString music = QStringLiteral("♪ « Fête » 🎸 ") + QString(40000, QChar(0x00E9));
        sent << accents << music;
        wire->write(WebSocketFrame::text(accents.toUtf8()));
        wire->write(WebSocketFrame::text(music.toUtf8()));
        server->sendTextMessage(QStringLiteral("through QWebSocket")); // same connection, in turn
        sent << QStringLiteral("through QWebSocket");
        wire->write(WebSocketFrame::text(QByteArrayLiteral("last")));
        sent << QStringLiteral("last");
        wire->flush();

        QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent.size(), 20000);
        for (int i = 0; i < sent.size(); ++i)
            QVERIFY2(received[i] == sent[i],
                     qPrintable(QStringLiteral("message %1: %2 characters instead of %3")
                                    .arg(i)
                                    .arg(received[i].size())
                                    .arg(sent[i].size())));
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState); // no protocol error
        client.close();
    }
};

QTEST_GUILESS_MAIN(TestWebSocketFrame)
#include "test_web_socket_frame.moc"
