#pragma once

#include "osc/OscMessage.h"
#include "util/Clock.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <unordered_map>

namespace oscalis::reaper {

/// Thins out continuous control streams (fader, pan) to at most one message per interval per
/// control, and always sends the last value. The first change after a quiet spell goes out at
/// once, so a single move has no added delay. Owned by Link; GUI thread.
class Coalescer : public QObject {
    Q_OBJECT
public:
    using Sender = std::function<void(const osc::OscMessage&)>;
    /// 17 ms: at most about 60 messages per second per control.
    static constexpr int kDefaultIntervalMs = 17;

    Coalescer(Sender sender, const util::Clock& clock = util::Clock::steady(),
              int intervalMs = kDefaultIntervalMs, QObject* parent = nullptr);

    /// Sends `message` for control `key` now if its interval has passed, else keeps it as the
    /// control's pending value (replacing an older pending one) and schedules it.
    void submit(quint32 key, osc::OscMessage message);
    /// Sends every pending value whose interval has passed; the timer calls this.
    void flushDue();
    int pendingCount() const;
    int intervalMs() const { return m_intervalMs; }

private:
    struct Entry {
        std::int64_t lastSentMs = 0;
        bool everSent = false;
        bool pending = false;
        osc::OscMessage message;
    };
    void schedule();

    Sender m_sender;
    const util::Clock& m_clock;
    int m_intervalMs;
    std::unordered_map<quint32, Entry> m_entries;
    QTimer m_timer;
};

} // namespace oscalis::reaper
