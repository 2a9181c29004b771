#pragma once

#include "audio/PacedSource.h"

namespace oscalis::audio {

/// A sine test tone on both channels (1 kHz at -12 dBFS unless told otherwise): to check the
/// path from the studio to a bandmate's ears without touching the mixing desk.
/// Owner: StreamEngine (or a test that calls render() directly); one thread.
class ToneSource : public PacedSource {
public:
    explicit ToneSource(double frequencyHz = 1000.0, float amplitude = 0.25f);

    void render(float* out, int frames) override;
    QString description() const override;

private:
    double m_step;        ///< phase advance per sample, in turns
    double m_phase = 0.0; ///< in turns, 0..1
    float m_amplitude;
    double m_frequencyHz;
};

} // namespace oscalis::audio
