#pragma once

#include "web/RouteSpec.h"

#include <QByteArrayList>
#include <QHash>
#include <QStringList>

#include <vector>

namespace oscalis::web {

/// Finds the route for a method and a path in a table of RouteSpec: path patterns are split in
/// segments, each literal or a `{name}` parameter with an optional literal suffix
/// (`{token}.ics`). Tells apart "no such path" (404) from "not with this method" (405).
/// Built once; read-only afterwards, so any thread may match.
class Router {
public:
    struct Match {
        enum class Result { Found, NotFound, WrongMethod };
        Result result = Result::NotFound;
        const RouteSpec* route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowed; ///< the methods the path takes, for `Allow` on a 405
    };

    explicit Router(std::vector<RouteSpec> routes);

    Match match(const QByteArray& method, const QString& path) const;
    const std::vector<RouteSpec>& routes() const { return m_routes; }
    /// Every route as "METHOD /pattern".
    QStringList headings() const;

private:
    struct Segment {
        QString literal; ///< the whole segment, or the suffix after a parameter
        QString param;   ///< empty for a literal segment
    };
    static std::vector<Segment> compile(const QString& pattern);
    static bool matchPath(const std::vector<Segment>& pattern, const QStringList& parts,
                          QHash<QString, QString>& params);

    std::vector<RouteSpec> m_routes;
    std::vector<std::vector<Segment>> m_compiled;
};

} // namespace oscalis::web
