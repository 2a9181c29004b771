#include "audio/DeviceSource.h"

#include "audio/AudioFormat.h"
#include "audio/AudioText.h"
#include "audio/PcmSink.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QMediaDevices>

#include <algorithm>
#include <cstring>

namespace oscalis::audio {

namespace {

constexpr int kBlockFrames = 480; ///< frames read at most per pass: 10 ms

} // namespace

DeviceSource::DeviceSource(QByteArray deviceId, std::function<void(const QString&)> failed)
    : m_deviceId(std::move(deviceId)), m_failed(std::move(failed)) {}

DeviceSource::~DeviceSource() {
    stop();
}

bool DeviceSource::start(PcmSink& sink, QString& error) {
    stop();
    QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (!m_deviceId.isEmpty()) {
        device = {};
        for (const QAudioDevice& input : QMediaDevices::audioInputs())
            if (input.id() == m_deviceId)
                device = input;
    }
    if (device.isNull()) {
        error = m_deviceId.isEmpty()
                    ? AudioText::tr("This computer has no sound input to stream.")
                    : AudioText::tr("The sound input chosen for the stream is not connected.");
        return false;
    }
    m_description = device.description();
    bool found = false;
    for (const int channels : {2, 1}) {
        for (const auto sampleFormat : {QAudioFormat::Float, QAudioFormat::Int16}) {
            QAudioFormat format;
            format.setSampleRate(AudioFormat::kSampleRate);
            format.setChannelCount(channels);
            format.setSampleFormat(sampleFormat);
            if (!found && device.isFormatSupported(format)) {
                m_format = format;
                found = true;
            }
        }
    }
    if (!found) {
        error = AudioText::tr("The sound input %1 cannot record at 48 kHz; set it to 48 kHz in "
                              "the system's sound settings.")
                    .arg(m_description);
        return false;
    }
    m_sink = &sink;
    m_bytes.resize(std::size_t(kBlockFrames * m_format.bytesPerFrame()));
    m_stereo.resize(std::size_t(kBlockFrames * AudioFormat::kChannels));
    m_input = std::make_unique<QAudioSource>(device, m_format);
    m_input->setBufferSize(m_format.bytesForDuration(10000));
    QObject::connect(
        m_input.get(), &QAudioSource::stateChanged, m_input.get(), [this](QAudio::State) {
            if (m_input && m_input->error() != QAudio::NoError && m_failed)
                m_failed(AudioText::tr("The sound input %1 stopped working.").arg(m_description));
        });
    m_io = m_input->start();
    if (!m_io || m_input->error() != QAudio::NoError) {
        error = AudioText::tr("The sound input %1 could not be opened.").arg(m_description);
        stop();
        return false;
    }
    QObject::connect(m_io, &QIODevice::readyRead, m_input.get(), [this] { readAvailable(); });
    return true;
}

void DeviceSource::stop() {
    if (m_input)
        m_input->stop();
    m_input.reset();
    m_io = nullptr;
    m_sink = nullptr;
}

void DeviceSource::readAvailable() {
    const int bytesPerFrame = m_format.bytesPerFrame();
    const int channels = m_format.channelCount();
    while (m_io && m_sink) {
        // Whole frames only, so a sample is never split between two reads.
        const qint64 want = std::min<qint64>(
            qint64(m_bytes.size()), m_io->bytesAvailable() / bytesPerFrame * bytesPerFrame);
        const qint64 got = want > 0 ? m_io->read(m_bytes.data(), want) : 0;
        const int frames = got > 0 ? int(got / bytesPerFrame) : 0;
        if (frames == 0)
            return;
        for (int i = 0; i < frames; ++i) {
            for (int c = 0; c < AudioFormat::kChannels; ++c) {
                const char* at = m_bytes.data() + i * bytesPerFrame +
                                 std::min(c, channels - 1) * m_format.bytesPerSample();
                float value = 0.0f;
                if (m_format.sampleFormat() == QAudioFormat::Float) {
                    std::memcpy(&value, at, sizeof value);
                } else {
                    std::int16_t sample = 0;
                    std::memcpy(&sample, at, sizeof sample);
                    value = float(sample) / 32768.0f;
                }
                m_stereo[std::size_t(i * AudioFormat::kChannels + c)] = value;
            }
        }
        m_sink->consume(m_stereo.data(), frames);
    }
}

} // namespace oscalis::audio
