#pragma once

#include "auth/Roles.h"

#include <QtGlobal>

namespace oscalis::auth {

/// Who is asking for a change: the signed-in user and their global role.
/// Handed to every repository call that writes. A plain value, copied freely between threads.
/// The repositories re-read the role and the band membership from the database inside the
/// transaction, so a stale Actor can never do more than the user may do now.
struct Actor {
    qint64 userId = 0;            ///< 0 = nobody signed in (registration, first start)
    GlobalRole role = GlobalRole::Member;

    /// The actor for changes made before anyone has signed in (creating an account).
    static Actor anonymous() { return {}; }
    bool isAnonymous() const { return userId == 0; }
};

} // namespace oscalis::auth
