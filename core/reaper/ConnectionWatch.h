#pragma once

#include <cstdint>

namespace oscalis::reaper {

/// How patient the connection watch is.
struct WatchTiming {
    std::int64_t probeAfterMs = 5000;   ///< silence before a probe (REAPER is quiet when idle)
    std::int64_t answerWithinMs = 2000; ///< a probe unanswered this long: not answering
    std::int64_t retryEveryMs = 2000;   ///< handshake retries while not connected
};

/// Decides whether REAPER is there, from when feedback last arrived: the pure logic behind the
/// connection indicator, driven by Link with the current time. Not thread-safe.
class ConnectionWatch {
public:
    enum class State { Connecting, Connected, NotAnswering };
    using Timing = WatchTiming;

    explicit ConnectionWatch(Timing timing = Timing()) : m_timing(timing) {}

    /// Starts watching; the caller has just sent the handshake.
    void start(std::int64_t nowMs);
    /// Feedback arrived. Returns true when the caller should (re)send the handshake because
    /// REAPER has just appeared and no handshake went out recently.
    bool feedbackArrived(std::int64_t nowMs);
    /// Called periodically; returns true when the caller should send the handshake (as a probe
    /// or a retry) now.
    bool tick(std::int64_t nowMs);
    /// The caller sent the handshake for its own reasons (settings changed, refresh).
    void handshakeSent(std::int64_t nowMs) { m_lastHandshakeMs = nowMs; }

    State state() const { return m_state; }
    const Timing& timing() const { return m_timing; }

private:
    Timing m_timing;
    State m_state = State::Connecting;
    std::int64_t m_startedMs = 0;
    std::int64_t m_lastFeedbackMs = 0;
    std::int64_t m_lastHandshakeMs = 0;
    std::int64_t m_probeSentMs = 0;
    bool m_probing = false;
};

} // namespace oscalis::reaper
