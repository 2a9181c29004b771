#pragma once

#include <array>

namespace oscalis::audio {

/// The one format of the studio's stream: 48 kHz, stereo, interleaved 32-bit float samples
/// (left, right, left, right, ...). Sources deliver it; the encoder takes it.
struct AudioFormat {
    static constexpr int kSampleRate = 48000;
    static constexpr int kChannels = 2;
    /// The Opus frame sizes offered, in samples per channel: 2.5, 5, 10 and 20 ms.
    static constexpr std::array<int, 4> kFrameSamples{120, 240, 480, 960};
    static constexpr int kMaxFrameSamples = 960;

    static constexpr bool isFrameSize(int samples) {
        for (const int allowed : kFrameSamples)
            if (allowed == samples)
                return true;
        return false;
    }
};

} // namespace oscalis::audio
