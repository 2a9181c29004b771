#pragma once

#include "web/HttpRequest.h"
#include "web/HttpResponse.h"

#include <QCoreApplication>
#include <QString>

namespace oscalis::web {

/// Serves the browser client from Qt resources under a root (`:/web` in the app; tests compile
/// their own small set): `/` is index.html, other paths are files. Sends the `.gz` twin with
/// `Content-Encoding: gzip` when the browser takes gzip, the MIME type by extension, and the cache
/// headers of docs/API.md. Unknown files are a JSON 404. Network thread (reads resources only).
class StaticFiles {
    Q_DECLARE_TR_FUNCTIONS(StaticFiles)

public:
    explicit StaticFiles(QString root = QStringLiteral(":/web"));

    HttpResponse serve(const HttpRequest& request) const;

    /// "text/javascript; charset=utf-8" for "app.js", and so on; octet-stream when unknown.
    static QByteArray mimeType(const QString& path);
    /// The Cache-Control value for a path of the client.
    static QByteArray cacheControl(const QString& path);

private:
    QString m_root;
};

} // namespace oscalis::web
