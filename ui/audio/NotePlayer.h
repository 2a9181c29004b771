#pragma once

#include <QMediaPlayer>
#include <QObject>

class QAudioOutput;

namespace oscalis::ui::audio {

/// Plays one recorded note at a time on the computer's default speakers (QMediaPlayer +
/// QAudioOutput): play, stop, and a signal when it has played to the end. A file that cannot be
/// played, or no speakers, come back as a sentence for the user.
/// Owner: its Qt parent; GUI thread only.
class NotePlayer : public QObject {
    Q_OBJECT
public:
    explicit NotePlayer(QObject* parent = nullptr);

    /// Starts playing file from its beginning (stopping whatever played before).
    void play(const QString& file);
    void stop();
    bool isPlaying() const { return m_playing; }
    /// The file playing (or last played).
    QString file() const { return m_file; }
    QMediaPlayer* player() const { return m_player; }

Q_SIGNALS:
    void playingChanged(bool playing);
    /// file played to its last sample.
    void playedToEnd(const QString& file);
    void failed(const QString& message);

private:
    void statusChanged(QMediaPlayer::MediaStatus status);
    void setPlaying(bool playing);

    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;
    QString m_file;
    bool m_playing = false;
};

} // namespace oscalis::ui::audio
