#pragma once

namespace oscalis::audio {

/// Where a source delivers its sound: blocks of 48 kHz stereo interleaved float samples of any
/// length. Implemented by StreamEncoder. Called on the stream's thread only.
class PcmSink {
public:
    virtual ~PcmSink() = default;
    /// frames samples per channel at pcm (2 × frames floats); valid only during the call.
    virtual void consume(const float* pcm, int frames) = 0;
};

} // namespace oscalis::audio
