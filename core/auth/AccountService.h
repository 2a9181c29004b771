#pragma once

#include "auth/Actor.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "store/Database.h"
#include "store/User.h"
#include "util/Clock.h"

namespace oscalis::auth {

/// Accounts: the first admin, registration (optionally straight into a band by invite code),
/// sign-in with throttling, password changes and resets, disabling accounts.
///
/// Owner: one instance per thread that signs people in, with that thread's Database.
/// Hashing is deliberately slow (~0.1 s, 64 MiB; see PasswordHasher): the GUI may call it
/// directly for a single sign-in, but the network thread must hand calls to a worker thread that
/// owns its own AccountService and Database. The throttle lives in the instance: share one
/// instance (guarded) if several threads must see the same failure counts.
class AccountService {
public:
    /// Source name for sign-ins typed at the studio computer itself.
    static inline const QString kDesktopSource = QStringLiteral("desktop");

    AccountService(store::Database& db, const util::Clock& clock = util::Clock::steady(),
                   PasswordHasher hasher = PasswordHasher());

    /// True when no account exists yet (the app then asks for the first admin).
    store::Result<bool> needsFirstAdmin();
    /// Only while no account exists.
    store::Result<store::User> createFirstAdmin(const QString& username, const QString& displayName,
                                                const QString& password);
    /// A new member account; with an invite code the account joins that band in the same
    /// transaction (a wrong code creates nothing).
    store::Result<store::User> registerUser(const QString& username, const QString& displayName,
                                            const QString& password, const QString& inviteCode = {});
    /// The signed-in actor, or an error that says what to do (including how long to wait).
    /// source: kDesktopSource or the browser's address.
    store::Result<Actor> login(const QString& username, const QString& password, const QString& source);
    store::Status changeOwnPassword(const Actor& actor, const QString& oldPassword, const QString& newPassword);
    /// An admin (or a moderator, for non-admins) sets a new password for someone who forgot theirs.
    store::Status resetPassword(const Actor& actor, qint64 userId, const QString& newPassword);
    store::Status setDisabled(const Actor& actor, qint64 userId, bool disabled);

    const LoginThrottle& throttle() const { return m_throttle; }

private:
    store::Result<store::User> create(const store::NewUser& base, const QString& password, const QString& inviteCode);
    const QString& dummyHash();

    store::Database& m_db;
    PasswordHasher m_hasher;
    LoginThrottle m_throttle;
    QString m_dummyHash;
};

} // namespace oscalis::auth
