#include "util/RateLimitedLog.h"

namespace oscalis::util {

RateLimitedLog::RateLimitedLog(const QLoggingCategory& category, std::int64_t intervalMs,
                               const Clock& clock)
    : m_category(category), m_intervalMs(intervalMs), m_clock(clock) {}

bool RateLimitedLog::warn(const QString& text) {
    ++m_total;
    const auto now = m_clock.nowMs();
    if (m_hasLogged && now - m_lastMs < m_intervalMs) {
        ++m_suppressed;
        return false;
    }
    if (m_category.isWarningEnabled()) {
        if (m_suppressed > 0)
            qCWarning(m_category).noquote()
                << text << QStringLiteral("(%1 similar problems not shown)").arg(m_suppressed);
        else
            qCWarning(m_category).noquote() << text;
    }
    m_hasLogged = true;
    m_lastMs = now;
    m_suppressed = 0;
    return true;
}

} // namespace oscalis::util
