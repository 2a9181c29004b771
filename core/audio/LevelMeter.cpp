#include "audio/LevelMeter.h"

#include <algorithm>
#include <cmath>

namespace oscalis::audio {

void LevelMeter::measure(const float* pcm, int samples) {
    float peak = 0.0f;
    for (int i = 0; i < samples; ++i)
        peak = std::max(peak, std::fabs(pcm[i]));
    float seen = m_peak.load(std::memory_order_relaxed);
    while (peak > seen && !m_peak.compare_exchange_weak(seen, peak, std::memory_order_acq_rel)) {
    }
}

float LevelMeter::toDb(float linear) {
    return linear <= 1e-6f ? -120.0f : 20.0f * std::log10(linear);
}

} // namespace oscalis::audio
