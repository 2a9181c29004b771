#pragma once

#include "auth/Actor.h"
#include "store/Database.h"

#include <vector>

namespace oscalis::store {

/// Someone who has a kiosk PIN: their account and the PIN's Argon2id hash.
struct KioskPinHolder {
    qint64 userId = 0;
    QString displayName;
    auth::GlobalRole role = auth::GlobalRole::Member;
    QString pinHash;
};

/// The kiosk PINs (table kiosk_pins): one per account, stored only as a hash made by
/// auth::KioskPins. Setting one's own PIN needs SetOwnKioskPin; someone else's, ManageUsers.
/// Owner: whoever owns the Database; same thread as it.
class KioskPinRepository {
public:
    explicit KioskPinRepository(Database& db) : m_db(db) {}

    /// Stores userId's PIN hash (replacing an older one), with an audit line.
    Status setPinHash(const auth::Actor& actor, qint64 userId, const QString& pinHash);
    /// Removes userId's PIN (nothing happens when there is none).
    Status clear(const auth::Actor& actor, qint64 userId);
    /// The holder of userId's PIN; NotFound when the account has none or is disabled.
    Result<KioskPinHolder> holder(qint64 userId);
    /// Every enabled account that has a PIN, by name.
    Result<std::vector<KioskPinHolder>> holders();

private:
    Status mayChange(const auth::Actor& actor, qint64 userId);

    Database& m_db;
};

} // namespace oscalis::store
