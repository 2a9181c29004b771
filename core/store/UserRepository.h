#pragma once

#include "auth/Actor.h"
#include "store/Database.h"
#include "store/User.h"

#include <vector>

namespace oscalis::store {

/// User accounts. Owner: whoever owns the Database; same thread as it.
/// Usernames are unique regardless of case ("Bob" and "bob" are the same account).
class UserRepository {
public:
    static constexpr int kUsernameMax = 64;

    explicit UserRepository(Database& db) : m_db(db) {}

    /// Creates an account. Anonymous actors may create members (registration) and the very first
    /// admin (only while no account exists); anything else needs ManageUsers.
    Result<User> create(const auth::Actor& actor, const NewUser& user);
    Result<User> find(qint64 id);
    /// Case-insensitive.
    Result<User> findByUsername(const QString& username);
    Result<std::vector<User>> list();
    Result<int> count();
    /// The stored Argon2id hash; for auth::AccountService only.
    Result<QString> passwordHash(qint64 userId);

    /// Own password (ChangeOwnPassword) or someone else's (ResetPassword; a moderator cannot
    /// reset an admin). The audit entry never contains the hash.
    Status setPasswordHash(const auth::Actor& actor, qint64 userId, const QString& hash);
    Status setRole(const auth::Actor& actor, qint64 userId, auth::GlobalRole role);
    Status setDisabled(const auth::Actor& actor, qint64 userId, bool disabled);
    /// Own display name, or anyone's with ManageUsers.
    Status setDisplayName(const auth::Actor& actor, qint64 userId, const QString& displayName);
    /// Remembers the band the user last opened (a preference: not audited).
    Status setLastBand(const auth::Actor& actor, std::optional<qint64> bandId);

    /// "Bob" → error text if the name cannot be a username.
    static Status checkUsername(const QString& username);

private:
    Result<User> readOne(const QString& where, const QVariant& key);
    Status countAdminsOtherThan(qint64 userId, const QString& refusal);

    Database& m_db;
};

} // namespace oscalis::store
