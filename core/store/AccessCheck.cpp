#include "store/AccessCheck.h"

#include "auth/Permissions.h"
#include "store/StoreText.h"

namespace oscalis::store {

using namespace oscalis::auth;

Result<BandRole> AccessCheck::bandRole(Database& db, qint64 userId, qint64 bandId) {
    auto role = db.scalar(QStringLiteral("SELECT role_in_band FROM memberships "
                                         "WHERE band_id = ? AND user_id = ? AND status = 'active'"),
                          {bandId, userId});
    if (!role.ok()) return role.error();
    if (role->isNull()) return BandRole::None;
    return bandRoleFromName(role->toString()).value_or(BandRole::None);
}

Result<Actor> AccessCheck::current(Database& db, const Actor& actor) {
    if (actor.isAnonymous()) return actor;
    auto rows = db.select(QStringLiteral("SELECT role, disabled FROM users WHERE id = ?"), {actor.userId});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return Error::denied(StoreText::tr("Your account no longer exists."));
    const QSqlRecord& r = rows->front();
    if (r.value(1).toInt() != 0) return Error::denied(StoreText::tr("Your account is disabled."));
    return Actor{actor.userId, globalRoleFromName(r.value(0).toString()).value_or(GlobalRole::Member)};
}

Status AccessCheck::require(Database& db, const Actor& actor, Action action, std::optional<qint64> bandId) {
    auto now = current(db, actor);
    if (!now.ok()) return now.error();
    BandRole inBand = BandRole::None;
    if (bandId && !now->isAnonymous()) {
        auto r = bandRole(db, now->userId, *bandId);
        if (!r.ok()) return r.error();
        inBand = *r;
    }
    const Decision d = Permissions::allows(*now, action, inBand);
    if (!d) return Error::denied(d.reason);
    return {};
}

} // namespace oscalis::store
