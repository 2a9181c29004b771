#pragma once

#include <QString>

namespace oscalis::audio {

class PcmSink;

/// Something the studio streams: an input device, a WAV file or a test tone. It delivers
/// 48 kHz stereo float blocks to a PcmSink, in real time, from its thread's event loop.
/// Owner: StreamEngine, which creates, starts, stops and deletes it on the stream's thread.
class AudioSource {
public:
    virtual ~AudioSource() = default;
    /// Starts delivering to sink (which outlives the source). False with the reason in error
    /// (plain words) when it cannot.
    virtual bool start(PcmSink& sink, QString& error) = 0;
    virtual void stop() = 0;
    /// What is streamed, for the Stream panel ("Test tone 1000 Hz", a device or file name).
    virtual QString description() const = 0;
};

} // namespace oscalis::audio
