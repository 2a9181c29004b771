#pragma once

#include <QString>

#include <cstdint>
#include <memory>

struct OpusDecoder;

namespace oscalis::audio {

/// libopus's decoder at 48 kHz: one Opus packet in, float PCM out; a missing packet can be
/// concealed (or recovered from the next one's FEC). decode() neither allocates nor locks.
/// Used by talkback and the tests. Owner: one thread at a time.
class OpusFrameDecoder {
public:
    ~OpusFrameDecoder();
    OpusFrameDecoder(const OpusFrameDecoder&) = delete;
    OpusFrameDecoder& operator=(const OpusFrameDecoder&) = delete;

    /// A decoder for channels (1 or 2), or nullptr with the reason in error.
    static std::unique_ptr<OpusFrameDecoder> create(int channels, QString& error);

    int channels() const { return m_channels; }
    /// Decodes payload into pcm (room for maxSamples per channel, interleaved); returns the
    /// samples per channel produced, or a negative number when the packet is corrupt.
    int decode(const std::uint8_t* payload, int bytes, float* pcm, int maxSamples);
    /// Fills samples per channel for a lost packet (concealment). Returns samples produced.
    int conceal(float* pcm, int samples);

private:
    explicit OpusFrameDecoder(int channels) : m_channels(channels) {}

    int m_channels;
    OpusDecoder* m_opus = nullptr;
};

} // namespace oscalis::audio
