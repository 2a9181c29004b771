#pragma once

#include "auth/Actor.h"
#include "store/Result.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace oscalis::ui::audio {
class DurationProbe;
class NotePlayer;
class VoiceRecorder;
} // namespace oscalis::ui::audio

namespace oscalis::ui::band {

class BandContext;

/// A song's voice notes on the rehearsal board: who recorded each one, when, and how long it
/// lasts; "Record a voice note" from the microphone, play / stop, and delete one's own (or any,
/// for those the permission table lets delete notes). The files live in the audio-notes folder
/// beside the database (BandContext::audioRoot(), RehearsalRepository keeps the rows).
///
/// A recording keeps going if another song is selected and is saved on the song it started on.
/// When the window closes during a recording, the recording is stopped and kept as a note; if the
/// panel is destroyed any other way, the unfinished recording is discarded.
/// Qt Multimedia starts only when a note is listed, played or recorded.
/// GUI thread; owned by SongRehearsalPanel.
class AudioNotesPanel : public QWidget {
    Q_OBJECT
public:
    using Report = std::function<bool(const store::Status&)>;
    AudioNotesPanel(BandContext& context, Report report, QWidget* parent = nullptr);
    ~AudioNotesPanel() override;

    /// Shows songId's notes (0: none); names gives members' names by user id.
    void setSong(qint64 songId, const QString& title, const QHash<qint64, QString>& names);

    QListWidget* list() const { return m_list; }
    /// The line under the buttons: what is recording or playing, or what went wrong.
    QString statusText() const;
    /// Null until the first recording.
    audio::VoiceRecorder* recorder() const { return m_recorder; }
    /// Null until the first playback.
    audio::NotePlayer* player() const { return m_player; }
    bool isRecording() const;
    /// The folder recordings are written to until they are saved as notes.
    QString workFolder() const;

public Q_SLOTS:
    /// Starts recording a note for the shown song; false (and the status says why) if it cannot.
    bool startRecording();
    /// Stops the recording and saves it as a note.
    void stopRecording();
    /// Plays the selected note (or stops it if it is playing).
    void togglePlay();
    void removeSelected();
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    audio::VoiceRecorder& voiceRecorder();
    audio::NotePlayer& notePlayer();
    audio::DurationProbe& probe();
    void recorded(const QString& file, qint64 ms);
    void durationKnown(const QString& file, qint64 ms);
    QString itemText(const QString& who, const QString& when, qint64 ms) const;
    void updateButtons();
    void setStatus(const QString& text, bool problem = false);

    BandContext& m_context;
    Report m_report;
    qint64 m_song = 0;
    QString m_title;
    QHash<qint64, QString> m_names;
    QListWidget* m_list = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_status = nullptr;
    audio::VoiceRecorder* m_recorder = nullptr;
    audio::NotePlayer* m_player = nullptr;
    audio::DurationProbe* m_probe = nullptr;
    /// The song, its title and the member a running recording belongs to.
    qint64 m_recordingSong = 0;
    QString m_recordingTitle;
    auth::Actor m_recordingActor;
    QWidget* m_watchedWindow = nullptr;
};

} // namespace oscalis::ui::band
