#pragma once

#include "auth/Action.h"
#include "auth/Actor.h"
#include "store/Database.h"

#include <optional>

namespace oscalis::store {

/// Asks auth::Permissions on behalf of a repository, with the actor's current global role and
/// band role read from the database (so a stale Actor cannot exceed today's rights).
/// Called inside the repository's transaction, on the Database's thread.
class AccessCheck {
public:
    /// The actor's role in the band (None if not an active member).
    static Result<auth::BandRole> bandRole(Database& db, qint64 userId, qint64 bandId);
    /// Success, or Error::Denied with the reason from Permissions.
    static Status require(Database& db, const auth::Actor& actor, auth::Action action,
                          std::optional<qint64> bandId = std::nullopt);
    /// The actor as the database knows them now (role refreshed; disabled accounts refused).
    static Result<auth::Actor> current(Database& db, const auth::Actor& actor);
};

} // namespace oscalis::store
