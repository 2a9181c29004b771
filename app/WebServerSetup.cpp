#include "app/WebServerSetup.h"

#include "WebClientResources.h"
#include "app/TellUser.h"
#include "ui/band/BandContext.h"
#include "ui/chat/LocalChatGateway.h"
#include "ui/chat/WebChatGateway.h"
#include "web/WebServer.h"

#include <QCoreApplication>
#include <QDir>

namespace oscalis::app {

std::unique_ptr<web::WebServer> startWebServer(const AppOptions& options,
                                               const QString& databasePath,
                                               reaper::Session& session, reaper::Link& link,
                                               ui::JoinInfo& join) {
    join = {};
    if (options.webPort == 0) {
        join.error = QCoreApplication::translate(
            "oscalis", "The web server is off (Oscalis was started with --web-port 0).");
        return nullptr;
    }
    initWebClientResources(); // the browser client, served at /
    web::WebServerOptions o;
    o.databasePath = databasePath;
    o.port = options.webPort;
    o.plainLoopback = options.webPlainLoopback;
    o.certificateFile = options.webCertificate;
    o.keyFile = options.webKey;
    auto server = std::make_unique<web::WebServer>(o);
    server->attachReaper(session, link);
    if (!server->start()) {
        join.error = QCoreApplication::translate("oscalis", "The web server is off: %1")
                         .arg(server->errorString());
        tellUser(join.error);
        return nullptr;
    }
    join.addresses = server->joinUrls();
    join.fingerprint = server->fingerprint();
    tellUser(QCoreApplication::translate("oscalis", "Bandmates can join from a browser at %1")
                 .arg(join.addresses.join(QStringLiteral(" or "))));
    if (!join.fingerprint.isEmpty())
        tellUser(QCoreApplication::translate("oscalis",
                                             "The browser will ask about the certificate; its "
                                             "fingerprint (SHA-256) is %1")
                     .arg(join.fingerprint));
    return server;
}

std::unique_ptr<ui::ChatGateway> chatGateway(ui::band::BandContext& band, web::WebServer* server) {
    if (server && server->isRunning())
        return std::make_unique<ui::WebChatGateway>(band, *server);
    return std::make_unique<ui::LocalChatGateway>(band);
}

} // namespace oscalis::app
