#include "reaper/Coalescer.h"

#include <limits>

namespace oscalis::reaper {

Coalescer::Coalescer(Sender sender, const util::Clock& clock, int intervalMs, QObject* parent)
    : QObject(parent), m_sender(std::move(sender)), m_clock(clock), m_intervalMs(intervalMs) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Coalescer::flushDue);
}

void Coalescer::submit(quint32 key, osc::OscMessage message) {
    Entry& e = m_entries[key];
    const auto now = m_clock.nowMs();
    if (!e.everSent || now - e.lastSentMs >= m_intervalMs) {
        e.everSent = true;
        e.lastSentMs = now;
        e.pending = false;
        m_sender(message);
        return;
    }
    e.message = std::move(message);
    if (!e.pending) {
        e.pending = true;
        schedule();
    }
}

void Coalescer::flushDue() {
    const auto now = m_clock.nowMs();
    for (auto& [key, e] : m_entries) {
        if (e.pending && now - e.lastSentMs >= m_intervalMs) {
            e.pending = false;
            e.lastSentMs = now;
            m_sender(e.message);
        }
    }
    schedule();
}

int Coalescer::pendingCount() const {
    int n = 0;
    for (const auto& [key, e] : m_entries)
        n += e.pending ? 1 : 0;
    return n;
}

void Coalescer::schedule() {
    std::int64_t due = std::numeric_limits<std::int64_t>::max();
    for (const auto& [key, e] : m_entries)
        if (e.pending)
            due = std::min(due, e.lastSentMs + m_intervalMs);
    if (due == std::numeric_limits<std::int64_t>::max()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::max<std::int64_t>(0, due - m_clock.nowMs())));
}

} // namespace oscalis::reaper
