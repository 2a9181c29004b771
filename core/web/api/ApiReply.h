#pragma once

#include "store/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace oscalis::web {

/// The answer to one API call, before it becomes HTTP: a status and a JSON body (or raw bytes with
/// their content type, for the ICS feed). Produced on the web worker thread, turned into an HTTP
/// response on the network thread. A plain value; any thread.
struct ApiReply {
    int status = 200;
    QJsonValue body;           ///< sent as JSON unless contentType is set
    QByteArray contentType;    ///< empty: application/json
    QByteArray raw;            ///< the body when contentType is set

    bool ok() const { return status >= 200 && status < 300; }

    static ApiReply json(QJsonValue body, int status = 200) { return {status, std::move(body), {}, {}}; }
    static ApiReply noContent() { return {204, QJsonValue(), {}, {}}; }
    static ApiReply bytes(QByteArray contentType, QByteArray raw) { return {200, QJsonValue(), std::move(contentType), std::move(raw)}; }

    /// `{"error": {"code", "message"[, "field"]}}` with the given status (docs/API.md, "Transport").
    static ApiReply error(int status, const QString& code, const QString& message, const QString& field = {});

    /// A repository's error as HTTP: InvalidInput 400 invalid_field, NotFound 404 not_found,
    /// Denied 403 forbidden, Conflict 409 conflict, Busy 503 busy, Throttled 429 too_many_requests,
    /// Storage/TooNew 500 server_error. The message is the repository's own words.
    static ApiReply fromError(const store::Error& error);
};

} // namespace oscalis::web
