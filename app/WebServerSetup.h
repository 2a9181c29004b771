#pragma once

#include "app/AppOptions.h"
#include "ui/web/JoinInfo.h"

#include <memory>

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper
namespace oscalis::ui {
class ChatGateway;
namespace band {
class BandContext;
}
} // namespace oscalis::ui
namespace oscalis::web {
class WebServer;
}

namespace oscalis::app {

/// Starts the embedded web server as the command line asks (off with --web-port 0), on the
/// band database file the desktop uses, with the browser remote wired to REAPER; says in plain
/// words on standard error where bandmates connect, or why the server could not start (the
/// program goes on without it). join receives what the "Invite bandmates" panel shows: the
/// addresses and fingerprint, or why the server is off. GUI thread, called once by main().
std::unique_ptr<web::WebServer> startWebServer(const AppOptions& options,
                                               const QString& databasePath,
                                               reaper::Session& session, reaper::Link& link,
                                               ui::JoinInfo& join);

/// The desktop's way into the chat: through the web server's hub while it runs (browsers hear
/// the desktop live; it also keeps the server told who is signed in at the desktop and in which
/// band), else straight to the database. server may be null.
std::unique_ptr<ui::ChatGateway> chatGateway(ui::band::BandContext& band, web::WebServer* server);

} // namespace oscalis::app
