#pragma once

#include "audio/AudioSource.h"

#include <QAudioFormat>
#include <QByteArray>

#include <functional>
#include <memory>
#include <vector>

class QAudioSource;
class QIODevice;

namespace oscalis::audio {

/// Streams a Qt Multimedia input device (for example the audio interface's loopback of REAPER's
/// master bus) at 48 kHz: stereo or mono, float or 16-bit, whichever the device offers first.
/// Its read and conversion buffers are allocated in start().
/// Owner: StreamEngine; lives and runs on the stream's thread.
class DeviceSource : public AudioSource {
public:
    /// deviceId as QAudioDevice::id(); empty for the system's default input.
    explicit DeviceSource(QByteArray deviceId, std::function<void(const QString&)> failed = {});
    ~DeviceSource() override;

    bool start(PcmSink& sink, QString& error) override;
    void stop() override;
    QString description() const override { return m_description; }

private:
    void readAvailable();

    QByteArray m_deviceId;
    std::function<void(const QString&)> m_failed;
    QString m_description;
    std::unique_ptr<QAudioSource> m_input;
    QIODevice* m_io = nullptr; ///< owned by m_input
    QAudioFormat m_format;
    PcmSink* m_sink = nullptr;
    std::vector<char> m_bytes;
    std::vector<float> m_stereo;
};

} // namespace oscalis::audio
