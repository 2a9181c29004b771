#pragma once

#include "audio/AudioSource.h"

#include <QElapsedTimer>

#include <cstdint>
#include <memory>
#include <vector>

class QTimer;

namespace oscalis::audio {

/// A source that makes its sound itself (a test tone, a WAV file) and delivers it at the pace of
/// the clock: a precise timer wakes every few milliseconds and renders exactly the samples that
/// real time calls for. After a stall it skips ahead instead of bursting. The block buffer is
/// allocated once in start().
/// Owner: StreamEngine; start/stop/render on the stream's thread.
class PacedSource : public AudioSource {
public:
    PacedSource();
    ~PacedSource() override;

    bool start(PcmSink& sink, QString& error) override;
    void stop() override;

    /// Writes the next frames samples per channel (48 kHz stereo interleaved) into out.
    virtual void render(float* out, int frames) = 0;

protected:
    /// Called by start() before the timer runs (e.g. to open a file); false with a reason.
    virtual bool prepare(QString& error) {
        (void)error;
        return true;
    }

private:
    void tick();

    static constexpr int kTickMs = 2;
    static constexpr int kBlockFrames = 240;
    static constexpr int kMaxCatchUpFrames = 48000 / 5; ///< beyond 200 ms behind: skip ahead

    std::unique_ptr<QTimer> m_timer;
    QElapsedTimer m_clock;
    PcmSink* m_sink = nullptr;
    std::int64_t m_delivered = 0; ///< frames delivered since start (after skips)
    std::vector<float> m_block;
};

} // namespace oscalis::audio
