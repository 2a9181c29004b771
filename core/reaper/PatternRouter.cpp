#include "reaper/PatternRouter.h"

namespace oscalis::reaper {

void PatternRouter::add(std::string pattern, ArgKind needs, Handler handler) {
    m_routes.insert_or_assign(std::move(pattern), Route{needs, std::move(handler)});
}

bool PatternRouter::normalise(std::string_view path, std::string& pattern, Wildcards& wildcards) {
    pattern.clear();
    wildcards.count = 0;
    if (path.empty() || path.front() != '/')
        return false;
    std::size_t i = 0;
    while (i < path.size()) {
        // path[i] is a '/': copy it, then the segment up to the next '/'.
        pattern += '/';
        const std::size_t start = ++i;
        while (i < path.size() && path[i] != '/')
            ++i;
        const std::string_view segment = path.substr(start, i - start);
        bool numeric = !segment.empty() && segment.size() <= 9;
        for (char c : segment)
            numeric = numeric && c >= '0' && c <= '9';
        if (numeric) {
            if (wildcards.count == Wildcards::kMax)
                return false;
            int v = 0;
            for (char c : segment)
                v = v * 10 + (c - '0');
            wildcards.value[std::size_t(wildcards.count++)] = v;
            pattern += '@';
        } else {
            pattern += segment;
        }
    }
    return true;
}

PatternRouter::Result PatternRouter::dispatch(std::string_view path,
                                              const osc::OscArgs& args) const {
    Wildcards wildcards;
    if (!normalise(path, m_scratch, wildcards))
        return Result::Unknown;
    const auto it = m_routes.find(std::string_view(m_scratch));
    if (it == m_routes.end())
        return Result::Unknown;
    const Route& route = it->second;
    if ((route.needs == ArgKind::Number && !args.isNumber(0)) ||
        (route.needs == ArgKind::String && !args.isString(0)))
        return Result::BadArguments;
    route.handler(wildcards, args);
    return Result::Handled;
}

std::vector<std::string> PatternRouter::patterns() const {
    std::vector<std::string> out;
    out.reserve(m_routes.size());
    for (const auto& [pattern, route] : m_routes)
        out.push_back(pattern);
    return out;
}

} // namespace oscalis::reaper
