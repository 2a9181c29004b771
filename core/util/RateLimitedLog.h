#pragma once

#include "util/Clock.h"

#include <QLoggingCategory>
#include <QString>

namespace oscalis::util {

/// Logs a warning at most once per interval and counts what it held back, so a flood of bad
/// input leaves one readable line per interval instead of thousands.
/// Owned by one object; not thread-safe.
class RateLimitedLog {
public:
    RateLimitedLog(const QLoggingCategory& category, std::int64_t intervalMs = 2000,
                   const Clock& clock = Clock::steady());

    /// Logs `text` now, or counts it if a line went out less than an interval ago.
    /// Returns true when the line was written.
    bool warn(const QString& text);
    /// How many lines were held back since the last one written.
    int suppressed() const { return m_suppressed; }
    /// How many problems were reported in total.
    qint64 total() const { return m_total; }

private:
    const QLoggingCategory& m_category;
    std::int64_t m_intervalMs;
    const Clock& m_clock;
    std::int64_t m_lastMs = 0;
    bool m_hasLogged = false;
    int m_suppressed = 0;
    qint64 m_total = 0;
};

} // namespace oscalis::util
