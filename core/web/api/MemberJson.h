#pragma once

#include "store/Band.h"

#include <QJsonObject>

namespace oscalis::web {

/// A band member as the API shows it (docs/API.md, `GET /api/bands/{bandId}/members`).
/// Stateless; any thread.
class MemberJson {
public:
    static QJsonObject member(const store::Membership& member);
};

} // namespace oscalis::web
