#pragma once

#include "reaper/PatternRouter.h"
#include "reaper/Session.h"
#include "util/RateLimitedLog.h"

#include <string_view>

namespace oscalis::reaper {

/// Applies REAPER's feedback (the stock pattern file's addresses) to the Session through a
/// pattern table. Unknown addresses are counted and ignored; known addresses with the wrong
/// argument types are ignored with a rate-limited log line.
/// Owned by Link; GUI thread.
class FeedbackDispatcher {
public:
    explicit FeedbackDispatcher(Session& session);

    /// Applies one incoming message. Returns what the router made of it.
    PatternRouter::Result apply(std::string_view path, const osc::OscArgs& args);

    quint64 appliedCount() const { return m_applied; }
    quint64 unknownCount() const { return m_unknown; }
    quint64 rejectedCount() const { return m_rejected.total(); }
    /// The REAPER address patterns this dispatcher understands ("/track/@/volume", ...).
    std::vector<std::string> patterns() const { return m_router.patterns(); }

private:
    void addTrackRoutes(const std::string& prefix, bool master);
    void addTransportRoutes();
    void addMarkerRoutes();

    Session& m_session;
    PatternRouter m_router;
    util::RateLimitedLog m_rejected;
    quint64 m_applied = 0;
    quint64 m_unknown = 0;
};

} // namespace oscalis::reaper
