#include "audio/OpusFrameDecoder.h"

#include "audio/AudioFormat.h"
#include "audio/AudioText.h"

#include <opus.h>

namespace oscalis::audio {

OpusFrameDecoder::~OpusFrameDecoder() {
    if (m_opus)
        opus_decoder_destroy(m_opus);
}

std::unique_ptr<OpusFrameDecoder> OpusFrameDecoder::create(int channels, QString& error) {
    if (channels != 1 && channels != 2) {
        error = AudioText::tr("The stream is mono or stereo (not %1 channels).").arg(channels);
        return nullptr;
    }
    std::unique_ptr<OpusFrameDecoder> decoder(new OpusFrameDecoder(channels));
    int status = OPUS_OK;
    decoder->m_opus = opus_decoder_create(AudioFormat::kSampleRate, channels, &status);
    if (status != OPUS_OK || !decoder->m_opus) {
        error = AudioText::tr("The Opus decoder could not start: %1.")
                    .arg(QString::fromUtf8(opus_strerror(status)));
        return nullptr;
    }
    return decoder;
}

int OpusFrameDecoder::decode(const std::uint8_t* payload, int bytes, float* pcm, int maxSamples) {
    return opus_decode_float(m_opus, payload, bytes, pcm, maxSamples, 0);
}

int OpusFrameDecoder::conceal(float* pcm, int samples) {
    return opus_decode_float(m_opus, nullptr, 0, pcm, samples, 0);
}

} // namespace oscalis::audio
