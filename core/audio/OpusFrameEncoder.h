#pragma once

#include "audio/EncoderSettings.h"

#include <QString>

#include <cstdint>
#include <memory>

struct OpusEncoder;

namespace oscalis::audio {

/// libopus's encoder set up from EncoderSettings: one frame of float PCM in, one Opus packet out.
/// encode() neither allocates nor locks (libopus's state is allocated once by create()).
/// Owner: one thread at a time (the StreamEncoder on the stream's thread, or a test).
class OpusFrameEncoder {
public:
    ~OpusFrameEncoder();
    OpusFrameEncoder(const OpusFrameEncoder&) = delete;
    OpusFrameEncoder& operator=(const OpusFrameEncoder&) = delete;

    /// An encoder, or nullptr with the reason in error.
    static std::unique_ptr<OpusFrameEncoder> create(const EncoderSettings& settings,
                                                    QString& error);

    const EncoderSettings& settings() const { return m_settings; }
    /// Encodes frameSamples interleaved samples per channel into out; returns the bytes written,
    /// or a negative number when libopus refused (which the caller counts and skips).
    int encode(const float* pcm, std::uint8_t* out, int maxBytes);
    /// The delay libopus adds, in samples at 48 kHz.
    int lookahead() const;

private:
    explicit OpusFrameEncoder(const EncoderSettings& settings) : m_settings(settings) {}

    EncoderSettings m_settings;
    OpusEncoder* m_opus = nullptr;
};

} // namespace oscalis::audio
