#pragma once

#include "app/AppOptions.h"
#include "ui/web/JoinInfo.h"

#include <memory>

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper
namespace oscalis::ui::band {
class BandContext;
}
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

/// Tells the web server who is signed in at the desktop and in which band, now and on changes.
void followDesktopUser(web::WebServer& server, ui::band::BandContext& band);

} // namespace oscalis::app
