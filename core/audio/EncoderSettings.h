#pragma once

#include <QString>

namespace oscalis::audio {

/// How the stream is encoded (the Stream panel's choices). A plain value; any thread.
struct EncoderSettings {
    enum class Application {
        LowDelay, ///< OPUS_APPLICATION_RESTRICTED_LOWDELAY: CELT only, the least delay
        Music,    ///< OPUS_APPLICATION_AUDIO: best quality per bit, a few ms more delay
    };

    static constexpr int kMinBitrate = 32000;
    static constexpr int kMaxBitrate = 256000;

    int frameSamples = 240; ///< samples per channel at 48 kHz: 120, 240, 480 or 960
    int bitrate = 128000;   ///< bits per second, kMinBitrate..kMaxBitrate
    Application application = Application::LowDelay;
    /// Opus in-band forward error correction. Opus only uses it in its speech (SILK) layers, so
    /// it has an effect with Music and frames of 10 ms or more, at the cost of some bitrate.
    bool fec = false;
    int channels = 2; ///< 2 for the studio's stream, 1 for talkback

    /// Empty when usable, or what is wrong in plain words.
    QString problem() const;
    double frameMs() const { return frameSamples / 48.0; }
};

} // namespace oscalis::audio
