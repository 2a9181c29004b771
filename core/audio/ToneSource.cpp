#include "audio/ToneSource.h"

#include "audio/AudioFormat.h"
#include "audio/AudioText.h"

#include <cmath>
#include <numbers>

namespace oscalis::audio {

ToneSource::ToneSource(double frequencyHz, float amplitude)
    : m_step(frequencyHz / AudioFormat::kSampleRate), m_amplitude(amplitude),
      m_frequencyHz(frequencyHz) {}

void ToneSource::render(float* out, int frames) {
    for (int i = 0; i < frames; ++i) {
        const float value = m_amplitude * float(std::sin(2.0 * std::numbers::pi * m_phase));
        out[2 * i] = value;
        out[2 * i + 1] = value;
        m_phase += m_step;
        if (m_phase >= 1.0)
            m_phase -= 1.0;
    }
}

QString ToneSource::description() const {
    return AudioText::tr("Test tone %1 Hz").arg(m_frequencyHz);
}

} // namespace oscalis::audio
