#include "audio/OpusFrameEncoder.h"

#include "audio/AudioFormat.h"
#include "audio/AudioText.h"

#include <opus.h>

namespace oscalis::audio {

OpusFrameEncoder::~OpusFrameEncoder() {
    if (m_opus)
        opus_encoder_destroy(m_opus);
}

std::unique_ptr<OpusFrameEncoder> OpusFrameEncoder::create(const EncoderSettings& settings,
                                                           QString& error) {
    error = settings.problem();
    if (!error.isEmpty())
        return nullptr;
    std::unique_ptr<OpusFrameEncoder> encoder(new OpusFrameEncoder(settings));
    const int application = settings.application == EncoderSettings::Application::LowDelay
                                ? OPUS_APPLICATION_RESTRICTED_LOWDELAY
                                : OPUS_APPLICATION_AUDIO;
    int status = OPUS_OK;
    encoder->m_opus =
        opus_encoder_create(AudioFormat::kSampleRate, settings.channels, application, &status);
    if (status != OPUS_OK || !encoder->m_opus) {
        error = AudioText::tr("The Opus encoder could not start: %1.")
                    .arg(QString::fromUtf8(opus_strerror(status)));
        return nullptr;
    }
    OpusEncoder* opus = encoder->m_opus;
    opus_encoder_ctl(opus, OPUS_SET_BITRATE(settings.bitrate));
    opus_encoder_ctl(opus, OPUS_SET_SIGNAL(OPUS_SIGNAL_MUSIC));
    opus_encoder_ctl(opus, OPUS_SET_INBAND_FEC(settings.fec ? 1 : 0));
    // FEC only spends bits when the encoder expects loss; 10 % is a Wi-Fi sofa, not a cable.
    opus_encoder_ctl(opus, OPUS_SET_PACKET_LOSS_PERC(settings.fec ? 10 : 0));
    return encoder;
}

int OpusFrameEncoder::encode(const float* pcm, std::uint8_t* out, int maxBytes) {
    return opus_encode_float(m_opus, pcm, m_settings.frameSamples, out, maxBytes);
}

int OpusFrameEncoder::lookahead() const {
    opus_int32 samples = 0;
    opus_encoder_ctl(m_opus, OPUS_GET_LOOKAHEAD(&samples));
    return samples;
}

} // namespace oscalis::audio
