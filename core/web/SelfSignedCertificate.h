#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace oscalis::web {

/// Makes a self-signed server certificate with OpenSSL: a new EC P-256 key, SHA-256 signature,
/// a random serial, `CA:FALSE`, key usage for TLS servers, and the given names and addresses as
/// subject alternative names (what browsers check). Stateless; any thread.
class SelfSignedCertificate {
public:
    struct Made {
        QByteArray certificatePem;
        QByteArray keyPem;
        QString error; ///< OpenSSL's words when it failed
    };
    static Made make(const QStringList& names, const QList<QHostAddress>& addresses,
                     int validityDays);
};

} // namespace oscalis::web
