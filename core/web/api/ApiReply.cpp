#include "web/api/ApiReply.h"

namespace oscalis::web {

ApiReply ApiReply::error(int status, const QString& code, const QString& message, const QString& field) {
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty()) e.insert(QStringLiteral("field"), field);
    return json(QJsonObject{{QStringLiteral("error"), e}}, status);
}

ApiReply ApiReply::fromError(const store::Error& error) {
    using Kind = store::Error::Kind;
    switch (error.kind) {
    case Kind::InvalidInput: return ApiReply::error(400, QStringLiteral("invalid_field"), error.message);
    case Kind::NotFound: return ApiReply::error(404, QStringLiteral("not_found"), error.message);
    case Kind::Denied: return ApiReply::error(403, QStringLiteral("forbidden"), error.message);
    case Kind::Conflict: return ApiReply::error(409, QStringLiteral("conflict"), error.message);
    case Kind::Busy: return ApiReply::error(503, QStringLiteral("busy"), error.message);
    case Kind::Throttled: return ApiReply::error(429, QStringLiteral("too_many_requests"), error.message);
    case Kind::None:
    case Kind::Storage:
    case Kind::TooNew: break;
    }
    return ApiReply::error(500, QStringLiteral("server_error"), error.message);
}

} // namespace oscalis::web
