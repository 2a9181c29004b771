#include "store/KioskPinRepository.h"

#include "auth/Action.h"
#include "auth/Roles.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"
#include "store/UserRepository.h"

namespace oscalis::store {

using auth::Action;

namespace {
QString target(qint64 userId) {
    return QStringLiteral("user:%1").arg(userId);
}

const QString kHolderColumns =
    QStringLiteral("SELECT u.id, u.display_name, u.role, k.pin_hash FROM kiosk_pins k "
                   "JOIN users u ON u.id = k.user_id WHERE u.disabled = 0");

KioskPinHolder holderFrom(const QSqlRecord& r) {
    KioskPinHolder h;
    h.userId = r.value(0).toLongLong();
    h.displayName = r.value(1).toString();
    h.role = auth::globalRoleFromName(r.value(2).toString()).value_or(auth::GlobalRole::Member);
    h.pinHash = r.value(3).toString();
    return h;
}
} // namespace

Status KioskPinRepository::mayChange(const auth::Actor& actor, qint64 userId) {
    auto who = UserRepository(m_db).find(userId);
    if (!who.ok())
        return who.error();
    const bool own = actor.userId == userId;
    return AccessCheck::require(m_db, actor, own ? Action::SetOwnKioskPin : Action::ManageUsers);
}

Status KioskPinRepository::setPinHash(const auth::Actor& actor, qint64 userId,
                                      const QString& pinHash) {
    if (!pinHash.startsWith(QLatin1String("$argon2id$")))
        return Error::invalid(StoreText::tr("A kiosk PIN is stored only as a protected hash."));
    return m_db.transaction([&]() -> Status {
        if (Status s = mayChange(actor, userId); !s.ok())
            return s;
        auto r =
            m_db.exec(QStringLiteral("INSERT INTO kiosk_pins (user_id, pin_hash, set_at) "
                                     "VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE "
                                     "SET pin_hash = excluded.pin_hash, set_at = excluded.set_at"),
                      {userId, pinHash, sql::nowUtc()});
        if (!r.ok())
            return r.error();
        return AuditRepository::append(m_db, actor, std::nullopt, QStringLiteral("kiosk.set_pin"),
                                       target(userId), {},
                                       {{QStringLiteral("pin"), QStringLiteral("changed")}});
    });
}

Status KioskPinRepository::clear(const auth::Actor& actor, qint64 userId) {
    return m_db.transaction([&]() -> Status {
        if (Status s = mayChange(actor, userId); !s.ok())
            return s;
        auto r = m_db.exec(QStringLiteral("DELETE FROM kiosk_pins WHERE user_id = ?"), {userId});
        if (!r.ok())
            return r.error();
        if (*r == 0)
            return {};
        return AuditRepository::append(m_db, actor, std::nullopt, QStringLiteral("kiosk.clear_pin"),
                                       target(userId));
    });
}

Result<KioskPinHolder> KioskPinRepository::holder(qint64 userId) {
    auto rows = m_db.select(kHolderColumns + QStringLiteral(" AND u.id = ?"), {userId});
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return Error::notFound(StoreText::tr("This person has no kiosk PIN yet."));
    return holderFrom(rows->front());
}

Result<std::vector<KioskPinHolder>> KioskPinRepository::holders() {
    auto rows =
        m_db.select(kHolderColumns + QStringLiteral(" ORDER BY u.display_name COLLATE NOCASE"));
    if (!rows.ok())
        return rows.error();
    std::vector<KioskPinHolder> out;
    for (const QSqlRecord& r : *rows)
        out.push_back(holderFrom(r));
    return out;
}

} // namespace oscalis::store
