#pragma once

#include "osc/OscMessage.h"
#include "reaper/sim/SimProject.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace oscalis::reaper::sim {

/// What the simulated surface shows: bank position and sizes, as REAPER's device settings.
struct SimSurface {
    int bankStart = 0; ///< 0-based index of the bank's first track
    int bankSize = 8;
    int markerCount = 0; ///< the stock file's defaults: no marker or region feedback
    int regionCount = 0;
};

/// REAPER's feedback rules: builds the stock-pattern addresses for the current state and keeps
/// only what changed since last sent (a cache per address, as REAPER's m_lastvals), skipping
/// addresses being handled unless they are `t`/`b` toggles. Not thread-safe.
class SimFeedback {
public:
    /// The messages to send now, in REAPER's order: the bank, the master, then global state.
    /// `handled` holds the addresses just received (REAPER's anti-echo).
    std::vector<osc::OscMessage> collect(const SimProject& project, const SimSurface& surface,
                                         const std::unordered_set<std::string>& handled);
    /// Forgets what was sent, so the next collect() sends everything (action 41743).
    void clear() { m_cache.clear(); }

private:
    struct Item {
        osc::OscMessage message;
        bool toggle; ///< `t`/`b` patterns are echoed even while being handled
    };
    void addTrack(std::vector<Item>& out, const std::string& prefix, const SimTrack& t, bool master,
                  int number) const;
    void addGlobal(std::vector<Item>& out, const SimProject& project,
                   const SimSurface& surface) const;

    std::unordered_map<std::string, osc::OscValue> m_cache;
};

} // namespace oscalis::reaper::sim
