#pragma once

#include "audio/EncodedPacket.h"
#include "audio/LevelMeter.h"
#include "audio/OpusFrameEncoder.h"
#include "audio/PcmSink.h"
#include "audio/SpscRing.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace oscalis::audio {

/// The real-time path of the stream: takes a source's blocks, cuts them into Opus frames,
/// meters them, encodes each frame once, stamps it (AudioPacket header: sequence number and
/// capture time) and puts it into the ring for the fan-out. Everything is allocated in the
/// constructor; consume() neither allocates nor locks. When the ring is full the frame is
/// dropped and counted (the reader is behind; newer sound matters more).
///
/// Owner: StreamEngine, on the stream's thread (consume() there only); the counters may be read
/// from any thread.
class StreamEncoder : public PcmSink {
public:
    /// packetReady is called on the stream's thread after each packet is in the ring; it must not
    /// block (StreamEngine uses it to wake the reader).
    StreamEncoder(std::unique_ptr<OpusFrameEncoder> encoder, SpscRing<EncodedPacket>& ring,
                  LevelMeter& meter, std::function<void()> packetReady = {});

    void consume(const float* pcm, int frames) override;

    std::uint64_t packetsEncoded() const { return m_encoded.load(std::memory_order_relaxed); }
    std::uint64_t packetsDropped() const { return m_dropped.load(std::memory_order_relaxed); }
    std::uint64_t encodeErrors() const { return m_errors.load(std::memory_order_relaxed); }
    const EncoderSettings& settings() const { return m_encoder->settings(); }

    /// Microseconds on the steady clock that AudioPacket's capture time uses.
    static std::uint64_t nowMicros();

private:
    void finishFrame();

    std::unique_ptr<OpusFrameEncoder> m_encoder;
    SpscRing<EncodedPacket>& m_ring;
    LevelMeter& m_meter;
    std::function<void()> m_packetReady;
    std::vector<float> m_frame; ///< one frame being filled, interleaved
    int m_filled = 0;           ///< samples per channel in m_frame
    std::uint32_t m_sequence = 0;
    std::atomic<std::uint64_t> m_encoded{0};
    std::atomic<std::uint64_t> m_dropped{0};
    std::atomic<std::uint64_t> m_errors{0};
};

} // namespace oscalis::audio
