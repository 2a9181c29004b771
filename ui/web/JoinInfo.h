#pragma once

#include <QString>
#include <QStringList>

namespace oscalis::ui {

/// How bandmates reach the studio computer's web server, as the composition root learns it from
/// the server: the addresses it listens on ("https://192.168.1.20:8443/"), the SHA-256
/// fingerprint of its self-signed certificate, and why it is not running if it is not.
/// A plain value, copied freely between threads.
struct JoinInfo {
    QStringList addresses; ///< empty when the server is off or failed
    QString fingerprint;   ///< as browsers show it ("AB:CD:…"); empty when unknown
    QString error;         ///< why the server is not running, in plain words; empty when it is

    /// Whether bandmates can join: the server runs and has at least one address.
    bool running() const { return error.isEmpty() && !addresses.isEmpty(); }
};

} // namespace oscalis::ui
