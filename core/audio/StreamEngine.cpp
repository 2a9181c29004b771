#include "audio/StreamEngine.h"

#include "audio/DeviceSource.h"
#include "audio/OpusFrameEncoder.h"
#include "audio/StreamEncoder.h"
#include "audio/ToneSource.h"
#include "audio/WavFileSource.h"
#include "util/LogCategories.h"

#include <QMetaObject>

namespace oscalis::audio {

StreamEngine::StreamEngine(QObject* parent) : QObject(parent), m_context(new QObject) {
    m_thread.setObjectName(QStringLiteral("oscalis-stream"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::TimeCriticalPriority);
    // Queued from the stream's thread: the state is read and written on the owner's thread only.
    connect(this, &StreamEngine::failed, this, [this] { m_running = false; });
}

StreamEngine::~StreamEngine() {
    stop();
    m_thread.quit();
    m_thread.wait();
}

bool StreamEngine::start(const SourceChoice& source, const EncoderSettings& settings,
                         QString& error) {
    error = settings.problem();
    if (!error.isEmpty())
        return false;
    m_running = true;
    QMetaObject::invokeMethod(m_context,
                              [this, source, settings] { startOnThread(source, settings); });
    return true;
}

void StreamEngine::stop() {
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(
        m_context, [this] { stopOnThread(); }, Qt::BlockingQueuedConnection);
}

void StreamEngine::startOnThread(const SourceChoice& source, const EncoderSettings& settings) {
    stopOnThread();
    QString error;
    auto opus = OpusFrameEncoder::create(settings, error);
    if (!opus) {
        Q_EMIT failed(error);
        return;
    }
    m_encoder =
        std::make_unique<StreamEncoder>(std::move(opus), m_ring, m_level, [this] { wake(); });
    auto reportFailure = [this](const QString& reason) {
        // Not from inside the source's own signal: stop it once that has returned.
        QMetaObject::invokeMethod(
            m_context,
            [this, reason] {
                stopOnThread();
                Q_EMIT failed(reason);
            },
            Qt::QueuedConnection);
    };
    switch (source.kind) {
    case SourceChoice::Kind::Tone:
        m_source = std::make_unique<ToneSource>(source.toneHz);
        break;
    case SourceChoice::Kind::File:
        m_source = std::make_unique<WavFileSource>(source.filePath);
        break;
    case SourceChoice::Kind::Device:
        m_source = std::make_unique<DeviceSource>(source.deviceId, reportFailure);
        break;
    }
    if (!m_source->start(*m_encoder, error)) {
        qCWarning(lcAudio).noquote() << "stream source failed:" << error;
        stopOnThread();
        Q_EMIT failed(error);
        return;
    }
    qCInfo(lcAudio).noquote() << "streaming" << m_source->description();
    Q_EMIT started(m_source->description());
}

void StreamEngine::stopOnThread() {
    if (m_source)
        m_source->stop();
    m_source.reset();
    m_encoder.reset();
}

void StreamEngine::wake() {
    if (!m_wakePending.exchange(true, std::memory_order_acq_rel))
        Q_EMIT packetsReady();
}

} // namespace oscalis::audio
