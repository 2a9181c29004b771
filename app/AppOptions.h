#pragma once

#include "reaper/LinkSettings.h"

#include <QString>

#include <optional>

namespace oscalis::app {

/// What the command line asked for. Values left empty come from the saved settings.
struct AppOptions {
    bool demo = false;
    bool headless = false;
    bool exitAfterFirstPaint = false;
    /// --kiosk: the touchscreen kiosk instead of the studio window (also a saved setting).
    bool kiosk = false;
    std::optional<QString> reaperHost;
    std::optional<quint16> reaperPort;
    std::optional<quint16> listenPort;
    std::optional<int> bankSize;
    /// The band database file (--db); empty: store::Database::defaultPath().
    QString databasePath;
    /// --create-admin NAME: create the first administrator (password on standard input), exit.
    QString createAdmin;
    /// --web-port: the web server's port (0 turns it off).
    quint16 webPort = 8443;
    /// --web-plain-loopback: plain HTTP on 127.0.0.1 (tests and end-to-end runs).
    bool webPlainLoopback = false;
    /// --web-cert / --web-key: the user's own TLS certificate and key (PEM).
    QString webCertificate;
    QString webKey;

    /// Applies the command-line overrides to saved settings.
    reaper::LinkSettings overlay(reaper::LinkSettings settings) const;
};

/// Parses the command line of the running application (handles --help and --version itself,
/// exiting). On a bad value prints a plain error and returns nothing.
std::optional<AppOptions> parseCommandLine();

/// True if argv asks for the windowless mode or a command that opens no window (--create-admin)
/// (decided before any QApplication exists).
bool wantsHeadless(int argc, char** argv);

} // namespace oscalis::app
