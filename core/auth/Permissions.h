#pragma once

#include "auth/Action.h"
#include "auth/Actor.h"
#include "auth/Decision.h"
#include "auth/Roles.h"

namespace oscalis::auth {

/// The one place that decides, by role, whether an action is allowed. Stateless; any thread.
/// Repositories call it inside their transaction, with the band role read from the database,
/// so no widget and no web handler makes its own decision.
class Permissions {
public:
    /// Who may do an action, as written in the table in Permissions.cpp.
    enum class Need {
        Anyone,     ///< any signed-in (or, for Register, anonymous) user
        BandMember, ///< an active member of the band (leader or member)
        BandLeader, ///< a leader of the band
        Staff,      ///< only the global roles that the table lets through
    };
    struct Rule {
        Action action;
        Need need;
        bool admin;     ///< an admin may do it even outside the band
        bool moderator; ///< a moderator may do it even outside the band
        const char* what; ///< "rotate the invite code": used in refusal messages
    };

    /// Allowed, or refused with a reason. bandRole is the actor's role in the band concerned
    /// (None when the action is not about a band or the actor is not an active member).
    static Decision allows(const Actor& actor, Action action, BandRole bandRole = BandRole::None);
    /// The table row for an action.
    static const Rule& rule(Action action);
    /// A short English name for an action ("RotateInviteCode"), for logs and audit.
    static QString actionName(Action action);
};

} // namespace oscalis::auth
