#pragma once

#include "auth/Actor.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace oscalis::auth {

/// The kiosk's PINs: a short number each person chooses, kept only as an Argon2id hash
/// (store::KioskPinRepository). An administrator's PIN unlocks the kiosk's guarded actions
/// (Permissions decides who may: Action::UnlockKiosk); a member's PIN lets them act as
/// themselves for a moment. Wrong PINs are throttled like sign-ins (LoginThrottle): after 5
/// wrong tries each new try must wait, and the wait doubles.
///
/// A PIN is far weaker than a password: it only guards a screen in the rehearsal room against
/// accidents and passers-by, and never signs anyone in anywhere else.
/// Owner: the kiosk (one instance, so the throttle remembers); GUI thread, like its Database.
/// Verifying takes about a tenth of a second per PIN holder.
class KioskPins {
public:
    static constexpr int kMinDigits = 4;
    static constexpr int kMaxDigits = 8;
    /// The throttle's source for every try made at the kiosk.
    static inline const QString kSource = QStringLiteral("kiosk");

    KioskPins(store::Database& db, const util::Clock& clock = util::Clock::steady(),
              PasswordHasher hasher = PasswordHasher());

    /// 4 to 8 digits, or an error that says so.
    static store::Status checkPin(const QString& pin);
    /// Sets userId's PIN (their own: anyone; someone else's: ManageUsers).
    store::Status setPin(const Actor& actor, qint64 userId, const QString& pin);
    /// The administrator whose PIN this is, or an error to show (wrong PIN, wait).
    store::Result<Actor> unlock(const QString& pin);
    /// userId, when pin is their PIN; or an error to show.
    store::Result<Actor> identify(qint64 userId, const QString& pin);
    /// True when at least one administrator has a PIN (else nothing can be unlocked).
    store::Result<bool> hasAdminPin();

private:
    store::Status throttled(const QString& account) const;

    store::Database& m_db;
    PasswordHasher m_hasher;
    LoginThrottle m_throttle;
};

} // namespace oscalis::auth
