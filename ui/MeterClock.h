#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace oscalis::ui {

class PeakMeter;

/// One frame clock for every peak meter in the process: meter values that arrive between two
/// frames are painted together on the next frame (one repaint and one flush for all strips,
/// instead of one per datagram), and peak holds fall on the same tick. It runs only while some
/// meter has something to show. GUI thread only.
class MeterClock : public QObject {
    Q_OBJECT
public:
    /// 20 frames per second: above REAPER's 15 Hz surface rate, so no value waits long.
    static constexpr int kFrameMs = 50;

    static MeterClock& instance();

    void add(PeakMeter* meter);
    void remove(PeakMeter* meter);
    /// A meter has news: make sure a frame comes.
    void wake();
    /// Milliseconds on the clock all meters share.
    qint64 nowMs() const { return m_elapsed.elapsed(); }

private:
    MeterClock();
    void frame();

    QTimer m_timer;
    QElapsedTimer m_elapsed;
    std::vector<PeakMeter*> m_meters;
};

} // namespace oscalis::ui
