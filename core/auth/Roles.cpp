#include "auth/Roles.h"

namespace oscalis::auth {

QString roleName(GlobalRole role) {
    switch (role) {
    case GlobalRole::Admin: return QStringLiteral("admin");
    case GlobalRole::Moderator: return QStringLiteral("moderator");
    case GlobalRole::Member: break;
    }
    return QStringLiteral("member");
}

std::optional<GlobalRole> globalRoleFromName(const QString& name) {
    if (name == QLatin1String("admin")) return GlobalRole::Admin;
    if (name == QLatin1String("moderator")) return GlobalRole::Moderator;
    if (name == QLatin1String("member")) return GlobalRole::Member;
    return std::nullopt;
}

QString roleName(BandRole role) {
    switch (role) {
    case BandRole::Leader: return QStringLiteral("leader");
    case BandRole::Member: return QStringLiteral("member");
    case BandRole::None: break;
    }
    return QStringLiteral("none");
}

std::optional<BandRole> bandRoleFromName(const QString& name) {
    if (name == QLatin1String("leader")) return BandRole::Leader;
    if (name == QLatin1String("member")) return BandRole::Member;
    return std::nullopt;
}

} // namespace oscalis::auth
