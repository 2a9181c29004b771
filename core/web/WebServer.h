#pragma once

#include "web/WebServerOptions.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper

namespace oscalis::web {

class NetworkServer;
class RemoteBridge;
class Worker;

/// The embedded web server as the rest of Oscalis sees it: starts the network thread (HTTP,
/// WebSocket hub) and the two worker threads (database; password hashing), says in plain words
/// why it could not listen, gives the TLS fingerprint and the addresses bandmates type, and stops
/// cleanly. Connects the browser remote to REAPER through a RemoteBridge.
///
/// Owner: the composition root (app/); GUI thread only.
class WebServer : public QObject {
    Q_OBJECT

public:
    explicit WebServer(WebServerOptions options, QObject* parent = nullptr);
    ~WebServer() override;

    /// Makes or loads the certificate, opens the port. False with errorString() on failure.
    bool start();
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QString errorString() const { return m_error; }
    /// The port listened on (the one picked when the options said 0).
    quint16 port() const { return m_port; }
    /// SHA-256 fingerprint of the certificate, "AB:CD:…"; empty on plain HTTP.
    QString fingerprint() const { return m_fingerprint; }
    /// True when this start made a new certificate (browsers must accept it again).
    bool newCertificate() const { return m_newCertificate; }
    /// https://<each LAN IPv4 address>:<port>/ and https://<host name>:<port>/ (on plain
    /// loopback: http://127.0.0.1:<port>/).
    QStringList joinUrls() const;

    /// The remote's REAPER: its state goes to the browsers, their permitted commands to link.
    /// Both must outlive this server.
    void attachReaper(reaper::Session& session, reaper::Link& link);

public Q_SLOTS:
    /// Who is signed in at the studio computer and the band it has open (0, 0: nobody), for
    /// the browsers' presence list.
    void setDesktopUser(qint64 userId, qint64 bandId);

private:
    void connectBridge();

    WebServerOptions m_options;
    std::unique_ptr<Worker> m_data;
    std::unique_ptr<Worker> m_hashing;
    QThread m_thread;
    NetworkServer* m_server = nullptr; ///< lives on m_thread
    RemoteBridge* m_bridge = nullptr;  ///< child, GUI thread
    QString m_error;
    QString m_fingerprint;
    bool m_newCertificate = false;
    quint16 m_port = 0;
    qint64 m_desktopUser = 0;
    qint64 m_desktopBand = 0;
};

} // namespace oscalis::web
