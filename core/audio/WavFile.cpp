#include "audio/WavFile.h"

#include "audio/AudioFormat.h"
#include "audio/AudioText.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace oscalis::audio {

namespace {

constexpr int kFormatPcm = 1;
constexpr int kFormatFloat = 3;
constexpr int kFormatExtensible = 0xFFFE;
constexpr int kMaxChannels = 8;

std::uint32_t le32(const char* p) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return std::uint32_t(u[0]) | std::uint32_t(u[1]) << 8 | std::uint32_t(u[2]) << 16 |
           std::uint32_t(u[3]) << 24;
}

std::uint16_t le16(const char* p) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return std::uint16_t(u[0] | u[1] << 8);
}

struct Format {
    int tag = 0;
    int channels = 0;
    int sampleRate = 0;
    int blockAlign = 0;
    int bits = 0;
};

} // namespace

std::optional<WavFile> WavFile::load(const QString& path, QString& error) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        error = AudioText::tr("Cannot open the sound file %1: %2.").arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        error = AudioText::tr("The sound file %1 is larger than 1 GB; choose a shorter file.")
                    .arg(name);
        return std::nullopt;
    }
    auto wav = parse(file.readAll(), error);
    if (!wav)
        error = AudioText::tr("%1: %2").arg(name, error);
    return wav;
}

std::optional<WavFile> WavFile::parse(const QByteArray& bytes, QString& error) {
    const char* d = bytes.constData();
    const qint64 size = bytes.size();
    if (size < 12 || std::memcmp(d, "RIFF", 4) != 0 || std::memcmp(d + 8, "WAVE", 4) != 0) {
        error = AudioText::tr("This is not a WAV file (it does not start with RIFF/WAVE).");
        return std::nullopt;
    }
    std::optional<Format> format;
    qint64 dataAt = -1;
    qint64 dataBytes = 0;
    for (qint64 at = 12; at + 8 <= size;) {
        const char* id = d + at;
        const qint64 chunkBytes = le32(d + at + 4);
        const qint64 body = at + 8;
        if (std::memcmp(id, "fmt ", 4) == 0) {
            if (chunkBytes < 16 || body + chunkBytes > size) {
                error = AudioText::tr("The WAV file's format chunk is damaged.");
                return std::nullopt;
            }
            Format f;
            f.tag = le16(d + body);
            f.channels = le16(d + body + 2);
            f.sampleRate = int(le32(d + body + 4));
            f.blockAlign = le16(d + body + 12);
            f.bits = le16(d + body + 14);
            if (f.tag == kFormatExtensible && chunkBytes >= 40)
                f.tag = le16(d + body + 24); // the sub-format GUID starts with the plain tag
            format = f;
        } else if (std::memcmp(id, "data", 4) == 0) {
            dataAt = body;
            // Recorders that were cut off leave a size beyond the end: keep what is there.
            dataBytes = std::min(chunkBytes, size - body);
            break;
        }
        at = body + chunkBytes + (chunkBytes & 1); // chunks are padded to an even length
    }
    if (!format) {
        error = AudioText::tr("The WAV file has no format chunk.");
        return std::nullopt;
    }
    WavFile wav;
    if (format->tag == kFormatPcm && format->bits == 16) {
        wav.m_encoding = Encoding::Int16;
    } else if (format->tag == kFormatPcm && format->bits == 24) {
        wav.m_encoding = Encoding::Int24;
    } else if (format->tag == kFormatFloat && format->bits == 32) {
        wav.m_encoding = Encoding::Float32;
    } else {
        error = AudioText::tr("The WAV file holds %1-bit samples of format %2; Oscalis streams "
                              "16-bit or 24-bit PCM and 32-bit float files.")
                    .arg(format->bits)
                    .arg(format->tag);
        return std::nullopt;
    }
    if (format->channels < 1 || format->channels > kMaxChannels) {
        error = AudioText::tr("The WAV file says it has %1 channels; 1 to %2 are supported.")
                    .arg(format->channels)
                    .arg(kMaxChannels);
        return std::nullopt;
    }
    if (format->sampleRate != AudioFormat::kSampleRate) {
        error = AudioText::tr("The WAV file is recorded at %1 Hz; the stream runs at 48,000 Hz "
                              "and does not convert. Export the file at 48 kHz.")
                    .arg(format->sampleRate);
        return std::nullopt;
    }
    wav.m_bytesPerSample = format->bits / 8;
    if (format->blockAlign != wav.m_bytesPerSample * format->channels) {
        error = AudioText::tr("The WAV file's format chunk is damaged (block size %1 does not "
                              "match %2 channels of %3 bits).")
                    .arg(format->blockAlign)
                    .arg(format->channels)
                    .arg(format->bits);
        return std::nullopt;
    }
    wav.m_channels = format->channels;
    wav.m_sampleRate = format->sampleRate;
    wav.m_frames = dataAt < 0 ? 0 : dataBytes / format->blockAlign;
    if (wav.m_frames == 0) {
        error = AudioText::tr("The WAV file holds no sound.");
        return std::nullopt;
    }
    wav.m_data = bytes.mid(dataAt, wav.m_frames * format->blockAlign);
    return wav;
}

float WavFile::sample(qint64 frame, int channel) const {
    const char* p = m_data.constData() + (frame * m_channels + channel) * m_bytesPerSample;
    switch (m_encoding) {
    case Encoding::Int16:
        return float(std::int16_t(le16(p))) / 32768.0f;
    case Encoding::Int24: {
        // Shift the three bytes to the top of 32 bits so the sign comes along.
        const auto* u = reinterpret_cast<const unsigned char*>(p);
        const std::int32_t value =
            std::int32_t(std::uint32_t(u[0]) << 8 | std::uint32_t(u[1]) << 16 |
                         std::uint32_t(u[2]) << 24) >>
            8;
        return float(value) / 8388608.0f;
    }
    case Encoding::Float32: {
        const std::uint32_t bits = le32(p);
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    }
    return 0.0f;
}

void WavFile::readStereo(qint64 first, float* out, int frames) const {
    const int right = m_channels > 1 ? 1 : 0;
    for (int i = 0; i < frames; ++i) {
        out[2 * i] = sample(first + i, 0);
        out[2 * i + 1] = sample(first + i, right);
    }
}

} // namespace oscalis::audio
