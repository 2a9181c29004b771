#include "ui/audio/DurationProbe.h"

#include <QAudioOutput>
#include <QUrl>

namespace oscalis::ui::audio {

DurationProbe::DurationProbe(QObject* parent) : QObject(parent) {
    m_player = new QMediaPlayer(this);
    // GStreamer does not open a file for a player without an output; this one stays silent.
    auto* output = new QAudioOutput(this);
    output->setMuted(true);
    m_player->setAudioOutput(output);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &DurationProbe::statusChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this] { finish(-1); });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            finish(ms);
    });
    // A file the backend never finishes opening must not hold up the others.
    m_patience.setSingleShot(true);
    m_patience.setInterval(kPatienceMs);
    connect(&m_patience, &QTimer::timeout, this,
            [this] { finish(m_player->duration() > 0 ? m_player->duration() : -1); });
}

qint64 DurationProbe::duration(const QString& file) {
    if (const auto found = m_known.constFind(file); found != m_known.constEnd())
        return *found;
    if (file != m_current && !m_queue.contains(file)) {
        m_queue << file;
        if (m_current.isEmpty())
            next();
    }
    return -1;
}

void DurationProbe::next() {
    if (!m_current.isEmpty() || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_player->setSource(QUrl::fromLocalFile(m_current));
    m_patience.start();
}

void DurationProbe::statusChanged(QMediaPlayer::MediaStatus status) {
    if (m_current.isEmpty())
        return;
    // Some formats tell their length only after loading: then durationChanged() finishes.
    if ((status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia) &&
        m_player->duration() > 0)
        finish(m_player->duration());
    else if (status == QMediaPlayer::InvalidMedia)
        finish(-1);
}

void DurationProbe::finish(qint64 ms) {
    if (m_current.isEmpty())
        return;
    m_patience.stop();
    const QString file = m_current;
    m_current.clear();
    // Unreadable files are not remembered: they may still be being written.
    if (ms >= 0)
        m_known.insert(file, ms);
    Q_EMIT known(file, ms);
    // Not from inside the player's own signal: setSource() there confuses some backends.
    QMetaObject::invokeMethod(this, &DurationProbe::next, Qt::QueuedConnection);
}

} // namespace oscalis::ui::audio
