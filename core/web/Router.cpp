#include "web/Router.h"

namespace oscalis::web {

Router::Router(std::vector<RouteSpec> routes) : m_routes(std::move(routes)) {
    for (const RouteSpec& r : m_routes)
        m_compiled.push_back(compile(r.pattern));
}

std::vector<Router::Segment> Router::compile(const QString& pattern) {
    std::vector<Segment> segments;
    for (const QString& part : pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const qsizetype close = part.indexOf(QLatin1Char('}'));
        if (part.startsWith(QLatin1Char('{')) && close > 1)
            segments.push_back({part.mid(close + 1), part.mid(1, close - 1)});
        else
            segments.push_back({part, {}});
    }
    return segments;
}

bool Router::matchPath(const std::vector<Segment>& pattern, const QStringList& parts,
                       QHash<QString, QString>& params) {
    if (std::size_t(parts.size()) != pattern.size())
        return false;
    QHash<QString, QString> found;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const Segment& s = pattern[i];
        const QString& part = parts[qsizetype(i)];
        if (s.param.isEmpty()) {
            if (part != s.literal)
                return false;
            continue;
        }
        if (!part.endsWith(s.literal) || part.size() == s.literal.size())
            return false;
        found.insert(s.param, part.chopped(s.literal.size()));
    }
    params = std::move(found);
    return true;
}

Router::Match Router::match(const QByteArray& method, const QString& path) const {
    // "/" has no segments; a trailing slash elsewhere names another resource.
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        return {};
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match m;
    for (std::size_t i = 0; i < m_routes.size(); ++i) {
        QHash<QString, QString> params;
        if (!matchPath(m_compiled[i], parts, params))
            continue;
        if (m_routes[i].method == method) {
            m.result = Match::Result::Found;
            m.route = &m_routes[i];
            m.params = std::move(params);
            return m;
        }
        m.result = Match::Result::WrongMethod;
        if (!m.allowed.contains(m_routes[i].method))
            m.allowed.append(m_routes[i].method);
    }
    return m;
}

QStringList Router::headings() const {
    QStringList list;
    for (const RouteSpec& r : m_routes)
        list.append(r.heading());
    return list;
}

} // namespace oscalis::web
