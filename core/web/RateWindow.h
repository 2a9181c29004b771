#pragma once

#include <cstdint>

namespace oscalis::web {

/// Counts events in fixed one-second windows and says whether one more is allowed (at most
/// `limit` per window). Time comes from the caller (util::Clock milliseconds). Not thread-safe;
/// one per WebSocket connection, network thread.
class RateWindow {
public:
    explicit RateWindow(int limit) : m_limit(limit) {}

    /// Counts an event at nowMs; false when the window is already full (the event is refused).
    bool admit(std::int64_t nowMs) {
        if (nowMs - m_windowStart >= 1000 || nowMs < m_windowStart) {
            m_windowStart = nowMs;
            m_count = 0;
        }
        if (m_count >= m_limit)
            return false;
        ++m_count;
        return true;
    }

private:
    int m_limit;
    int m_count = 0;
    std::int64_t m_windowStart = INT64_MIN / 2;
};

} // namespace oscalis::web
