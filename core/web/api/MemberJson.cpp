#include "web/api/MemberJson.h"

namespace oscalis::web {

QJsonObject MemberJson::member(const store::Membership& m) {
    return {
        {QStringLiteral("id"), m.userId},
        {QStringLiteral("displayName"), m.displayName},
        {QStringLiteral("nickname"), m.nickname},
        {QStringLiteral("instrument"), m.instrument},
        {QStringLiteral("roleInBand"), auth::roleName(m.role)},
    };
}

} // namespace oscalis::web
