#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace oscalis::audio {

/// A WAV file held in memory: our own small RIFF reader for 16-bit and 24-bit integer PCM and
/// 32-bit float PCM (plain or WAVE_FORMAT_EXTENSIBLE), at 48 kHz only — the stream does not
/// resample, so other rates are refused with a clear error. Reads out as stereo float.
/// A value; read-only after load, so any thread may read it.
class WavFile {
public:
    enum class Encoding { Int16, Int24, Float32 };

    static constexpr qint64 kMaxFileBytes = qint64(1) << 30; ///< 1 GiB, over 90 min of stereo

    /// Reads and checks the file at path; nothing with the reason in error.
    static std::optional<WavFile> load(const QString& path, QString& error);
    /// Checks the bytes of a whole WAV file; nothing with the reason in error.
    static std::optional<WavFile> parse(const QByteArray& bytes, QString& error);

    int channels() const { return m_channels; }
    int sampleRate() const { return m_sampleRate; }
    Encoding encoding() const { return m_encoding; }
    qint64 frames() const { return m_frames; }

    /// Writes frames samples per channel, starting at frame first, into out as interleaved
    /// stereo float: mono goes to both sides, beyond two channels only the first two are used.
    /// The range must lie within frames(). No allocation.
    void readStereo(qint64 first, float* out, int frames) const;

private:
    float sample(qint64 frame, int channel) const;

    QByteArray m_data; ///< the data chunk's samples
    int m_channels = 0;
    int m_sampleRate = 0;
    int m_bytesPerSample = 0;
    Encoding m_encoding = Encoding::Int16;
    qint64 m_frames = 0;
};

} // namespace oscalis::audio
