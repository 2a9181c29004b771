#include "audio/PacedSource.h"

#include "audio/AudioFormat.h"
#include "audio/PcmSink.h"

#include <QTimer>

#include <algorithm>

namespace oscalis::audio {

PacedSource::PacedSource() = default;
PacedSource::~PacedSource() = default;

bool PacedSource::start(PcmSink& sink, QString& error) {
    stop();
    if (!prepare(error))
        return false;
    m_sink = &sink;
    m_block.assign(std::size_t(kBlockFrames * AudioFormat::kChannels), 0.0f);
    m_delivered = 0;
    m_timer = std::make_unique<QTimer>();
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kTickMs);
    QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this] { tick(); });
    m_clock.start();
    m_timer->start();
    return true;
}

void PacedSource::stop() {
    m_timer.reset();
    m_sink = nullptr;
}

void PacedSource::tick() {
    const std::int64_t due = m_clock.nsecsElapsed() * AudioFormat::kSampleRate / 1000000000;
    std::int64_t missing = due - m_delivered;
    if (missing > kMaxCatchUpFrames) { // the thread was held up: what is gone is gone
        m_delivered = due - kBlockFrames;
        missing = kBlockFrames;
    }
    while (missing > 0 && m_sink) {
        const int frames = int(std::min<std::int64_t>(missing, kBlockFrames));
        render(m_block.data(), frames);
        m_sink->consume(m_block.data(), frames);
        m_delivered += frames;
        missing -= frames;
    }
}

} // namespace oscalis::audio
