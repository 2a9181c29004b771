#pragma once

#include <QString>

namespace oscalis::store {

/// A signed-in browser or device. The token itself is never stored, only its SHA-256.
struct Session {
    qint64 id = 0;
    qint64 userId = 0;
    QString createdAt;
    QString expiresAt;
    QString device;
    QString lastSeen;
    QString revokedAt; ///< empty while valid
};

} // namespace oscalis::store
