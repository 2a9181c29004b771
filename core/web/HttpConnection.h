#pragma once

#include "web/HttpParser.h"
#include "web/HttpResponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace oscalis::web {

/// One browser connection speaking HTTP/1.1: reads requests one at a time (keep-alive), hands
/// each to the server, writes the answer, and closes on errors, on `Connection: close` and after
/// an idle time. A WebSocket upgrade request's bytes stay readable (a QIODevice transaction) so
/// the socket can be handed over as it arrived.
///
/// Owner: the NetworkServer, on the network thread; it owns its socket until detach(). Deletes
/// itself (deleteLater) once the socket is closed or detached.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int idleMs = 60 * 1000;    ///< no request for this long: close quietly
        int requestMs = 30 * 1000; ///< a request not complete after this long: 408 and close
    };
    /// Called for each complete request; the handler answers later with respond() or detach().
    using Handler = std::function<void(HttpConnection&, HttpRequest)>;

    HttpConnection(QTcpSocket* socket, bool secure, Timing timing, Handler handler,
                   QObject* parent = nullptr);
    ~HttpConnection() override;

    /// Writes the answer to the request being handled; closes afterwards when the request asked
    /// for it or close is true. Then reads the next request.
    void respond(const HttpResponse& response, bool close = false);
    /// Gives the socket away with the current request's bytes unread again (for the WebSocket
    /// handshake), or nullptr if that cannot be done; the connection then deletes itself.
    QTcpSocket* detach();
    bool secure() const { return m_secure; }

private:
    void onReadyRead();
    void processBuffered();
    void onTimeout();
    void closeAfterWrite();

    QPointer<QTcpSocket> m_socket;
    bool m_secure;
    Timing m_timing;
    Handler m_handler;
    HttpParser m_parser;
    QTimer m_timer;
    bool m_busy = false;     ///< a request is with the handler
    bool m_keepAlive = true; ///< of the request being handled
    bool m_closing = false;
    bool m_carriedOver = false; ///< bytes of this request were read before the transaction began
};

} // namespace oscalis::web
