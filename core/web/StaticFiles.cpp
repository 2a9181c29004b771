#include "web/StaticFiles.h"

#include <QFile>
#include <QFileInfo>

#include <optional>
#include <utility>

namespace oscalis::web {

namespace {

bool safePath(const QString& path) {
    if (!path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QLatin1String("//")))
        return false;
    for (const QString& part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    return true;
}

/// Whether Accept-Encoding lists gzip without refusing it (`gzip;q=0`).
bool acceptsGzip(const QByteArray& acceptEncoding) {
    for (const QByteArray& item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        if (parts.front().trimmed().compare("gzip", Qt::CaseInsensitive) != 0)
            continue;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts[i].trimmed();
            if (p.startsWith("q=") && p.mid(2).toDouble() <= 0.0)
                return false;
        }
        return true;
    }
    return false;
}

std::optional<QByteArray> readResource(const QString& file) {
    QFile f(file);
    if (!QFileInfo(file).isFile() || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

} // namespace

StaticFiles::StaticFiles(QString root) : m_root(std::move(root)) {}

QByteArray StaticFiles::mimeType(const QString& path) {
    static const std::pair<const char*, const char*> types[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json; charset=utf-8"},
        {".webmanifest", "application/manifest+json; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".wasm", "application/wasm"},
        {".ico", "image/x-icon"},
        {".txt", "text/plain; charset=utf-8"},
        {".woff2", "font/woff2"},
    };
    for (const auto& [ext, type] : types)
        if (path.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return type;
    return "application/octet-stream";
}

QByteArray StaticFiles::cacheControl(const QString& path) {
    if (path.startsWith(QLatin1String("/assets/")))
        return "public, max-age=31536000, immutable";
    return "no-cache"; // index.html, sw.js, manifest.webmanifest and anything not hashed
}

HttpResponse StaticFiles::serve(const HttpRequest& request) const {
    const QString path =
        request.path == QLatin1String("/") ? QStringLiteral("/index.html") : request.path;
    const auto notFound = [&] {
        return HttpResponse::error(
            404, QStringLiteral("not_found"),
            tr("There is no page or file at %1.").arg(request.path.left(200)));
    };
    if (!safePath(path))
        return notFound();
    const QString file = m_root + path;
    const bool gzip = acceptsGzip(request.header("accept-encoding"));
    std::optional<QByteArray> body =
        gzip ? readResource(file + QStringLiteral(".gz")) : std::nullopt;
    const bool zipped = body.has_value();
    if (!body)
        body = readResource(file);
    if (!body)
        return notFound();
    HttpResponse r;
    r.body = std::move(*body);
    r.setHeader("Content-Type", mimeType(path));
    r.setHeader("Cache-Control", cacheControl(path));
    if (zipped)
        r.setHeader("Content-Encoding", "gzip");
    if (QFileInfo::exists(file + QStringLiteral(".gz")))
        r.setHeader("Vary", "Accept-Encoding");
    return r;
}

} // namespace oscalis::web
