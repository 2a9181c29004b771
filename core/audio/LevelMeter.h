#pragma once

#include <atomic>

namespace oscalis::audio {

/// The input level of the stream: the peak sample since the meter was last read. The audio
/// thread measures every block (lock-free, no allocation); the UI reads it on its timer.
/// Owner: StreamEngine. measure() on the audio thread; takePeak() on one reader thread.
class LevelMeter {
public:
    /// Notes the loudest sample of samples interleaved values.
    void measure(const float* pcm, int samples);
    /// The peak (0..1, above 1 when clipping) since the last call, and starts over.
    float takePeak() { return m_peak.exchange(0.0f, std::memory_order_acq_rel); }
    /// A linear level in dBFS; -120 for silence.
    static float toDb(float linear);

private:
    std::atomic<float> m_peak{0.0f};
};

} // namespace oscalis::audio
