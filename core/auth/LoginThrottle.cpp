#include "auth/LoginThrottle.h"

#include "auth/AuthText.h"

#include <algorithm>
#include <vector>

namespace oscalis::auth {

LoginThrottle::LoginThrottle(const util::Clock& clock) : m_clock(clock) {}

qint64 LoginThrottle::remaining(const QHash<QString, Entry>& table, const QString& key) const {
    const auto it = table.constFind(key);
    if (it == table.constEnd()) return 0;
    return std::max<qint64>(0, it->blockedUntilMs - m_clock.nowMs());
}

qint64 LoginThrottle::waitMs(const QString& account, const QString& source) const {
    return std::max(remaining(m_accounts, account.toCaseFolded()), remaining(m_sources, source));
}

void LoginThrottle::fail(QHash<QString, Entry>& table, const QString& key, const Policy& policy) {
    if (table.size() >= kMaxEntries) prune(table);
    Entry& e = table[key];
    const qint64 now = m_clock.nowMs();
    if (e.failures > 0 && now - e.lastFailureMs > kForgetAfterMs) e = Entry{};
    ++e.failures;
    e.lastFailureMs = now;
    if (e.failures >= policy.failuresBeforeWait) {
        const int doublings = std::min(e.failures - policy.failuresBeforeWait, 30);
        const qint64 delay = std::min(policy.maxDelayMs, policy.baseDelayMs << doublings);
        e.blockedUntilMs = now + delay;
    }
}

void LoginThrottle::prune(QHash<QString, Entry>& table) {
    const qint64 now = m_clock.nowMs();
    for (auto it = table.begin(); it != table.end();)
        it = (now - it->lastFailureMs > kForgetAfterMs && it->blockedUntilMs <= now) ? table.erase(it) : std::next(it);
    // Still full (a flood of distinct sources): forget the oldest half rather than grow without bound.
    if (table.size() >= kMaxEntries) {
        std::vector<qint64> times;
        for (const Entry& e : std::as_const(table)) times.push_back(e.lastFailureMs);
        std::nth_element(times.begin(), times.begin() + static_cast<long>(times.size() / 2), times.end());
        const qint64 cut = times[times.size() / 2];
        for (auto it = table.begin(); it != table.end();) it = it->lastFailureMs <= cut ? table.erase(it) : std::next(it);
    }
}

void LoginThrottle::recordFailure(const QString& account, const QString& source) {
    fail(m_accounts, account.toCaseFolded(), kAccountPolicy);
    fail(m_sources, source, kSourcePolicy);
}

void LoginThrottle::recordSuccess(const QString& account) {
    m_accounts.remove(account.toCaseFolded());
}

QString LoginThrottle::describeWait(qint64 ms) {
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60) return seconds == 1 ? AuthText::tr("1 second") : AuthText::tr("%1 seconds").arg(seconds);
    const qint64 minutes = (seconds + 59) / 60;
    return minutes == 1 ? AuthText::tr("1 minute") : AuthText::tr("%1 minutes").arg(minutes);
}

} // namespace oscalis::auth
