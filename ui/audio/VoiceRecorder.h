#pragma once

#include <QMediaFormat>
#include <QMediaRecorder>
#include <QObject>
#include <QString>

#include <optional>

class QAudioInput;
class QMediaCaptureSession;

namespace oscalis::ui::audio {

/// Records one voice note at a time from the computer's default microphone into a file, with
/// Qt Multimedia (QMediaCaptureSession + QAudioInput + QMediaRecorder). Picks the most compact
/// format this computer can write (Ogg Opus, Ogg Vorbis, MP3, else WAV) and stops by itself at
/// kMaxDurationMs. Problems (no microphone, no codec, a failing device) come back as a sentence
/// for the user, never as a crash.
///
/// A recording still running when the object is destroyed is discarded (its file deleted):
/// whoever wants to keep it calls finishNow() first. Owner: its Qt parent; GUI thread only.
class VoiceRecorder : public QObject {
    Q_OBJECT
public:
    /// Longer notes stop by themselves; a quarter of an hour fits the 20 MiB limit in any format
    /// but WAV, which the store then refuses with its own message.
    static constexpr qint64 kMaxDurationMs = 15 * 60 * 1000;
    /// Files of recordings in progress start with this, so leftovers of a crash can be found.
    static constexpr const char* kPartPrefix = "recording-";

    explicit VoiceRecorder(QObject* parent = nullptr);
    ~VoiceRecorder() override;

    /// Empty when there is a microphone to record from; otherwise why not, in plain words.
    static QString microphoneProblem();
    /// Empty when this computer can write a recording; otherwise why not (missing codecs).
    static QString formatProblem();

    /// Starts recording into a new file in folder (created if needed). False, with
    /// errorString(), when it cannot start.
    bool start(const QString& folder);
    /// Finishes the file; finished() follows once it is complete (or failed()).
    void stop();
    /// Stops and deletes the file: nothing is kept.
    void discard();
    /// Stops and waits up to timeoutMs for the file to be complete, running the event loop.
    /// Returns the finished file, or an empty string (then failed() said why). For a window that
    /// is closing and keeps what was said.
    QString finishNow(int timeoutMs = 8000);

    bool isRecording() const { return m_active; }
    /// How long the current recording runs, in milliseconds.
    qint64 duration() const;
    QString errorString() const { return m_error; }
    QMediaRecorder* recorder() const { return m_recorder; }

    /// Deletes recordings left in folder by a crash (older than a day, so that another running
    /// Oscalis keeps its own).
    static void removeLeftovers(const QString& folder);

Q_SIGNALS:
    void durationChanged(qint64 ms);
    /// The recording is complete in file (the suffix matches its format).
    void finished(const QString& file, qint64 durationMs);
    /// The recording stopped without a usable file; message says why.
    void failed(const QString& message);
    void recordingChanged(bool recording);

private:
    struct Choice {
        QMediaFormat format;
        QString suffix;
    };
    static std::optional<Choice> chooseFormat();
    void stateChanged(QMediaRecorder::RecorderState state);
    void recorderError(QMediaRecorder::Error error, const QString& text);
    void fail(const QString& message);
    void setActive(bool active);

    QMediaCaptureSession* m_session = nullptr;
    QAudioInput* m_input = nullptr;
    QMediaRecorder* m_recorder = nullptr;
    QString m_base;   ///< the file asked for, without suffix
    QString m_suffix; ///< ".ogg", ".mp3", ".wav"
    QString m_done;   ///< the finished file, once complete
    QString m_error;
    bool m_active = false;
    bool m_discarding = false;
};

} // namespace oscalis::ui::audio
