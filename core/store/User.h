#pragma once

#include "auth/Roles.h"

#include <QString>

#include <optional>

namespace oscalis::store {

/// A user account as the UI shows it (the password hash is read separately, only by auth).
struct User {
    qint64 id = 0;
    QString username;
    QString displayName;
    auth::GlobalRole role = auth::GlobalRole::Member;
    std::optional<qint64> lastBandId;
    QString createdAt;
    bool disabled = false;
};

/// What is needed to create an account; passwordHash comes from auth::PasswordHasher.
struct NewUser {
    QString username;
    QString displayName; ///< empty: the username is used
    QString passwordHash;
    auth::GlobalRole role = auth::GlobalRole::Member;
};

} // namespace oscalis::store
