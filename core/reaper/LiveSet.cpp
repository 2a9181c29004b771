#include "reaper/LiveSet.h"

#include "reaper/ScriptCommands.h"

#include <algorithm>

namespace oscalis::reaper {

namespace {
int secondsBetween(std::int64_t fromMs, std::int64_t toMs) {
    return int(std::clamp<std::int64_t>((toMs - fromMs + 500) / 1000, 0, 86400));
}
} // namespace

LiveSet::LiveSet(ScriptCommands& commands, const util::Clock& clock)
    : m_commands(commands), m_clock(clock) {}

void LiveSet::begin() {
    m_plays.clear();
    m_active = true;
}

QString LiveSet::songStarted(qint64 itemId, qint64 songId, const QString& title, double position) {
    const std::int64_t now = m_clock.nowMs();
    if (!m_plays.empty())
        m_plays.back().seconds = secondsBetween(m_plays.back().startedMs, now);
    m_plays.push_back({itemId, songId, title, std::max(0.0, position), now, 0});
    if (m_commands.addMarker(title, std::max(0.0, position)).isEmpty())
        return tr("The marker for “%1” could not be added: %2").arg(title, m_commands.error());
    return {};
}

int LiveSet::currentSeconds() const {
    return m_plays.empty() ? 0 : secondsBetween(m_plays.back().startedMs, m_clock.nowMs());
}

std::vector<LiveSet::Play> LiveSet::played() const {
    std::vector<Play> out = m_plays;
    if (!out.empty())
        out.back().seconds = currentSeconds();
    return out;
}

void LiveSet::end() {
    if (!m_plays.empty())
        m_plays.back().seconds = currentSeconds();
    m_active = false;
}

} // namespace oscalis::reaper
