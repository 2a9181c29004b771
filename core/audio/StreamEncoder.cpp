#include "audio/StreamEncoder.h"

#include "audio/AudioFormat.h"

#include <algorithm>
#include <chrono>

namespace oscalis::audio {

StreamEncoder::StreamEncoder(std::unique_ptr<OpusFrameEncoder> encoder,
                             SpscRing<EncodedPacket>& ring, LevelMeter& meter,
                             std::function<void()> packetReady)
    : m_encoder(std::move(encoder)), m_ring(ring), m_meter(meter),
      m_packetReady(std::move(packetReady)),
      m_frame(std::size_t(m_encoder->settings().frameSamples * m_encoder->settings().channels)) {}

std::uint64_t StreamEncoder::nowMicros() {
    return std::uint64_t(std::chrono::duration_cast<std::chrono::microseconds>(
                             std::chrono::steady_clock::now().time_since_epoch())
                             .count());
}

void StreamEncoder::consume(const float* pcm, int frames) {
    const int channels = m_encoder->settings().channels;
    const int frameSamples = m_encoder->settings().frameSamples;
    m_meter.measure(pcm, frames * AudioFormat::kChannels);
    while (frames > 0) {
        const int take = std::min(frames, frameSamples - m_filled);
        float* into = m_frame.data() + std::size_t(m_filled * channels);
        if (channels == AudioFormat::kChannels) {
            std::copy(pcm, pcm + take * channels, into);
        } else { // mono: the average of left and right
            for (int i = 0; i < take; ++i)
                into[i] = 0.5f * (pcm[2 * i] + pcm[2 * i + 1]);
        }
        pcm += take * AudioFormat::kChannels;
        frames -= take;
        m_filled += take;
        if (m_filled == frameSamples)
            finishFrame();
    }
}

void StreamEncoder::finishFrame() {
    m_filled = 0;
    const std::uint32_t sequence = m_sequence++;
    EncodedPacket* slot = m_ring.beginWrite();
    if (!slot) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    const int bytes =
        m_encoder->encode(m_frame.data(), slot->bytes.data() + AudioPacket::kHeaderBytes,
                          AudioPacket::kMaxPayloadBytes);
    if (bytes <= 0) {
        m_errors.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    AudioPacket::Header header;
    header.channels = std::uint8_t(m_encoder->settings().channels);
    header.frameSamples = std::uint16_t(m_encoder->settings().frameSamples);
    header.sequence = sequence;
    header.captureMicros = nowMicros();
    AudioPacket::writeHeader(header, slot->bytes.data());
    slot->size = AudioPacket::kHeaderBytes + bytes;
    m_ring.commitWrite();
    m_encoded.fetch_add(1, std::memory_order_relaxed);
    if (m_packetReady)
        m_packetReady();
}

} // namespace oscalis::audio
