#pragma once

#include "store/Result.h"

#include <QString>

namespace oscalis::store {
class Database;
}

namespace oscalis::guide {

/// The band the user guide's screenshots show, written through the same repositories as the
/// desktop: Alice (the first administrator, signed in at the studio computer) and three
/// bandmates, their band with an invite code, songs linked to the simulator's regions, mastery
/// levels and notes, suggestions with votes, two rehearsals with answers, two gigs with a
/// setlist, and a conversation in the chat. Names and words follow language ("en" or "fr").
/// Used once per screenshot run by oscalis_guide_shots; any thread that owns db.
class GuideSeed {
public:
    /// Every account's password, for the browser part of the screenshots.
    static constexpr const char* kPassword = "guide-demo-password";

    /// Fills db, which must have no account yet, and returns the band's invite code; says what
    /// failed otherwise.
    static store::Result<QString> write(store::Database& db, const QString& language);
};

} // namespace oscalis::guide
