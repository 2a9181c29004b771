#include "audio/EncoderSettings.h"

#include "audio/AudioFormat.h"
#include "audio/AudioText.h"

namespace oscalis::audio {

QString EncoderSettings::problem() const {
    if (!AudioFormat::isFrameSize(frameSamples))
        return AudioText::tr("The frame size must be 2.5, 5, 10 or 20 ms (%1 samples is none of "
                             "them).")
            .arg(frameSamples);
    if (bitrate < kMinBitrate || bitrate > kMaxBitrate)
        return AudioText::tr("The bitrate must be between %1 and %2 kbit/s (not %3).")
            .arg(kMinBitrate / 1000)
            .arg(kMaxBitrate / 1000)
            .arg(bitrate / 1000.0);
    if (channels != 1 && channels != 2)
        return AudioText::tr("The stream is mono or stereo (not %1 channels).").arg(channels);
    return {};
}

} // namespace oscalis::audio
