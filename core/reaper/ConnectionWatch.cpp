#include "reaper/ConnectionWatch.h"

namespace oscalis::reaper {

void ConnectionWatch::start(std::int64_t nowMs) {
    m_state = State::Connecting;
    m_startedMs = nowMs;
    m_lastHandshakeMs = nowMs;
    m_probing = false;
}

bool ConnectionWatch::feedbackArrived(std::int64_t nowMs) {
    m_lastFeedbackMs = nowMs;
    m_probing = false;
    if (m_state == State::Connected)
        return false;
    m_state = State::Connected;
    // REAPER may have (re)started on its own: its first packets are not an answer to us, so
    // greet it again unless a handshake is already on its way.
    if (nowMs - m_lastHandshakeMs < m_timing.answerWithinMs / 2)
        return false;
    m_lastHandshakeMs = nowMs;
    return true;
}

bool ConnectionWatch::tick(std::int64_t nowMs) {
    switch (m_state) {
    case State::Connected:
        if (m_probing) {
            if (nowMs - m_probeSentMs >= m_timing.answerWithinMs)
                m_state = State::NotAnswering;
            return false;
        }
        if (nowMs - m_lastFeedbackMs >= m_timing.probeAfterMs) {
            m_probing = true;
            m_probeSentMs = m_lastHandshakeMs = nowMs;
            return true;
        }
        return false;
    case State::Connecting:
        if (nowMs - m_startedMs >= m_timing.answerWithinMs)
            m_state = State::NotAnswering;
        [[fallthrough]];
    case State::NotAnswering:
        if (nowMs - m_lastHandshakeMs >= m_timing.retryEveryMs) {
            m_lastHandshakeMs = nowMs;
            return true;
        }
        return false;
    }
    return false;
}

} // namespace oscalis::reaper
