#pragma once

#include "auth/Roles.h"

#include <QString>

#include <optional>

namespace oscalis::store {

/// A band as listed and edited by the UI (the logo is read separately: it can be large).
struct Band {
    qint64 id = 0;
    QString name;
    std::optional<qint64> ownerId;
    QString inviteCode;
    QString createdAt;
    bool hasLogo = false;
};

/// A person's place in a band.
struct Membership {
    enum class Status { Invited, Active, Left };
    qint64 bandId = 0;
    qint64 userId = 0;
    QString username;    ///< from users, for display
    QString displayName; ///< from users, for display
    auth::BandRole role = auth::BandRole::Member;
    QString nickname;
    QString instrument;
    Status status = Status::Active;
    QString joinedAt;
};

} // namespace oscalis::store
