#pragma once

#include "util/Clock.h"
#include "web/HttpConnection.h"
#include "web/Listener.h"
#include "web/Router.h"
#include "web/StaticFiles.h"

#include <QObject>

#include <optional>

namespace oscalis::web {

class Hub;
class Worker;

/// The web server proper, on the network thread: accepts connections (Listener), reads HTTP
/// (HttpConnection), checks the Origin of every change and of the upgrade, routes by the route
/// table (Routes), serves the client's files (StaticFiles), hands API calls to a worker and their
/// answers back, and passes accepted WebSocket upgrades to the Hub. Never runs SQL or hashing.
///
/// Owner: WebServer, which moves it to the network thread; only that thread calls it after that.
class NetworkServer : public QObject {
    Q_OBJECT

public:
    struct Settings {
        int maxConnections = 256;
        HttpConnection::Timing timing;
        QString staticRoot = QStringLiteral(":/web");
        const util::Clock* clock = &util::Clock::steady();
    };

    NetworkServer(const Settings& settings, Worker& data, Worker& hashing,
                  QObject* parent = nullptr);
    ~NetworkServer() override;

    bool listen(const QHostAddress& address, quint16 port,
                const std::optional<QSslConfiguration>& tls);
    QString errorString() const { return m_listener.errorString(); }
    quint16 port() const { return m_listener.port(); }
    Hub& hub() { return *m_hub; }
    /// Stops listening and closes every connection; later answers from the workers are dropped.
    void shutdown();

private:
    void onAccepted(QTcpSocket* socket, bool secure);
    void handle(HttpConnection& connection, HttpRequest request);
    void handleApi(HttpConnection& connection, const HttpRequest& request,
                   const Router::Match& match);
    void handleUpgrade(HttpConnection& connection, const HttpRequest& request);
    static ApiCall callFor(const HttpRequest& request, const Router::Match& match);

    Settings m_settings;
    Worker& m_data;
    Worker& m_hashing;
    Router m_router;
    StaticFiles m_files;
    Listener m_listener;
    Hub* m_hub;
    bool m_stopped = false;
};

} // namespace oscalis::web
