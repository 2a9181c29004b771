#include "ui/MeterClock.h"

#include "ui/PeakMeter.h"

#include <algorithm>

namespace oscalis::ui {

MeterClock& MeterClock::instance() {
    static MeterClock clock;
    return clock;
}

MeterClock::MeterClock() {
    m_elapsed.start();
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &MeterClock::frame);
}

void MeterClock::add(PeakMeter* meter) {
    m_meters.push_back(meter);
}

void MeterClock::remove(PeakMeter* meter) {
    m_meters.erase(std::remove(m_meters.begin(), m_meters.end(), meter), m_meters.end());
}

void MeterClock::wake() {
    if (!m_timer.isActive())
        m_timer.start();
}

void MeterClock::frame() {
    const qint64 now = nowMs();
    bool busy = false;
    for (PeakMeter* meter : m_meters)
        busy = meter->frame(now) || busy;
    if (!busy)
        m_timer.stop();
}

} // namespace oscalis::ui
