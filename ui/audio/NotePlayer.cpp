#include "ui/audio/NotePlayer.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QDir>
#include <QMediaDevices>
#include <QUrl>

namespace oscalis::ui::audio {

NotePlayer::NotePlayer(QObject* parent) : QObject(parent) {
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &NotePlayer::statusChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& text) {
                if (!m_playing)
                    return; // InvalidMedia said it already
                setPlaying(false);
                Q_EMIT failed(tr("The note could not be played: %1")
                                  .arg(text.isEmpty() ? tr("the file is not a recording this "
                                                           "computer can read.")
                                                      : text));
            });
}

void NotePlayer::play(const QString& file) {
    stop();
    if (QMediaDevices::audioOutputs().isEmpty()) {
        Q_EMIT failed(tr("No speakers or headphones were found. Plug some in, or switch them on "
                         "in the computer's sound settings, then try again."));
        return;
    }
    m_file = file;
    // The default output of this moment: headphones may have been plugged in since.
    m_output->setDevice(QMediaDevices::defaultAudioOutput());
    m_player->setSource(QUrl::fromLocalFile(file));
    setPlaying(true);
    m_player->play();
}

void NotePlayer::stop() {
    m_player->stop();
    setPlaying(false);
}

void NotePlayer::setPlaying(bool playing) {
    if (m_playing == playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged(playing);
}

void NotePlayer::statusChanged(QMediaPlayer::MediaStatus status) {
    if (status == QMediaPlayer::EndOfMedia && m_playing) {
        setPlaying(false);
        Q_EMIT playedToEnd(m_file);
    } else if (status == QMediaPlayer::InvalidMedia && m_playing) {
        setPlaying(false);
        Q_EMIT failed(tr("The note could not be played: %1 is not a recording this computer can "
                         "read.")
                          .arg(QDir::toNativeSeparators(m_file)));
    }
}

} // namespace oscalis::ui::audio
