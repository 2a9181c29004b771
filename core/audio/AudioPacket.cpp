#include "audio/AudioPacket.h"

#include "audio/AudioFormat.h"
#include "audio/AudioText.h"

#include <opus.h>

namespace oscalis::audio {

namespace {

std::uint64_t readBig(const std::uint8_t* in, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | in[i];
    return value;
}

void writeBig(std::uint64_t value, std::uint8_t* out, int bytes) {
    for (int i = bytes - 1; i >= 0; --i) {
        out[i] = std::uint8_t(value & 0xff);
        value >>= 8;
    }
}

std::optional<AudioPacket::View> refuse(QString* error, const QString& why) {
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

void AudioPacket::writeHeader(const Header& header, std::uint8_t* out) {
    out[0] = kVersion;
    out[1] = header.channels;
    writeBig(header.frameSamples, out + 2, 2);
    writeBig(header.sequence, out + 4, 4);
    writeBig(header.captureMicros, out + 8, 8);
}

std::optional<AudioPacket::View> AudioPacket::parse(const std::uint8_t* data, std::size_t size,
                                                    QString* error) {
    if (!data || size < std::size_t(kHeaderBytes) + 1)
        return refuse(error,
                      AudioText::tr("The audio packet is too short (%1 bytes; a header "
                                    "of %2 bytes and at least one byte of sound are needed).")
                          .arg(qulonglong(size))
                          .arg(kHeaderBytes));
    if (size > std::size_t(kMaxBytes))
        return refuse(error, AudioText::tr("The audio packet is too long (%1 bytes; at most %2).")
                                 .arg(qulonglong(size))
                                 .arg(kMaxBytes));
    if (data[0] != kVersion)
        return refuse(error, AudioText::tr("The audio packet has version %1; this version of "
                                           "Oscalis understands version %2.")
                                 .arg(data[0])
                                 .arg(kVersion));
    View view;
    view.header.channels = data[1];
    view.header.frameSamples = std::uint16_t(readBig(data + 2, 2));
    view.header.sequence = std::uint32_t(readBig(data + 4, 4));
    view.header.captureMicros = readBig(data + 8, 8);
    view.payload = data + kHeaderBytes;
    view.payloadBytes = int(size) - kHeaderBytes;
    if (view.header.channels != 1 && view.header.channels != 2)
        return refuse(error, AudioText::tr("The audio packet says it has %1 channels; only mono "
                                           "and stereo are streamed.")
                                 .arg(view.header.channels));
    if (!AudioFormat::isFrameSize(view.header.frameSamples))
        return refuse(error, AudioText::tr("The audio packet's frame of %1 samples is not one of "
                                           "2.5, 5, 10 or 20 ms.")
                                 .arg(view.header.frameSamples));
    // The Opus packet's own table of contents must agree with the header, or a decoder would
    // produce a different amount of sound than the listener's buffer expects.
    const int samples =
        opus_packet_get_nb_samples(view.payload, view.payloadBytes, AudioFormat::kSampleRate);
    if (samples < 0)
        return refuse(error, AudioText::tr("The audio packet does not hold a valid Opus frame."));
    if (samples != view.header.frameSamples)
        return refuse(error, AudioText::tr("The audio packet's header says %1 samples but its "
                                           "Opus frame holds %2.")
                                 .arg(view.header.frameSamples)
                                 .arg(samples));
    return view;
}

} // namespace oscalis::audio
