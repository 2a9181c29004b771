#pragma once

#include "store/Database.h"
#include "store/Result.h"
#include "store/User.h"

#include <QJsonObject>

namespace oscalis::web {

/// The `GET /api/me` body (docs/API.md): the user, their bands with their role in each, the
/// current band and what they may do there. Also the `me` of the WebSocket `welcome`.
/// Reads the database given; call on the thread that owns it (a web worker).
class MeView {
public:
    /// `{"id", "username", "displayName", "role"}`.
    static QJsonObject user(const store::User& user);
    /// The whole body.
    static store::Result<QJsonObject> build(store::Database& db, const store::User& user);
    /// Whether userId may use the remote in bandId (band setting remote_access against their
    /// role in the band); false when they are not an active member.
    static store::Result<bool> remoteAllowed(store::Database& db, qint64 userId, qint64 bandId);
};

} // namespace oscalis::web
