#include "ui/audio/VoiceRecorder.h"

#include <QAudioDevice>
#include <QAudioInput>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace oscalis::ui::audio {

VoiceRecorder::VoiceRecorder(QObject* parent) : QObject(parent) {}

VoiceRecorder::~VoiceRecorder() {
    if (!m_active)
        return;
    // Deliberately discarded: a half-written file is not a note (see the class comment).
    m_discarding = true;
    m_recorder->stop();
    const QString actual = m_recorder->actualLocation().toLocalFile();
    if (!actual.isEmpty())
        QFile::remove(actual);
    QFile::remove(m_base);
}

QString VoiceRecorder::microphoneProblem() {
    if (QMediaDevices::audioInputs().isEmpty())
        return tr("No microphone was found. Plug one in, or switch it on in the computer's sound "
                  "settings, then try again.");
    return {};
}

std::optional<VoiceRecorder::Choice> VoiceRecorder::chooseFormat() {
    // Most compact first: a voice note in Opus is a few kilobytes a second, in WAV 170.
    const struct {
        QMediaFormat::FileFormat file;
        QMediaFormat::AudioCodec codec;
        const char* suffix;
    } candidates[] = {
        {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Opus, ".ogg"},
        {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Vorbis, ".ogg"},
        {QMediaFormat::MP3, QMediaFormat::AudioCodec::MP3, ".mp3"},
        {QMediaFormat::Wave, QMediaFormat::AudioCodec::Wave, ".wav"},
    };
    for (const auto& c : candidates) {
        QMediaFormat format(c.file);
        format.setAudioCodec(c.codec);
        if (format.isSupported(QMediaFormat::Encode))
            return Choice{format, QLatin1String(c.suffix)};
    }
    return std::nullopt;
}

QString VoiceRecorder::formatProblem() {
    if (chooseFormat())
        return {};
    return tr("This computer cannot save recordings: no audio format is available. Install the "
              "GStreamer plugins (gstreamer1.0-plugins-base and gstreamer1.0-plugins-good).");
}

void VoiceRecorder::removeLeftovers(const QString& folder) {
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    const QDir dir(folder);
    const QStringList parts =
        dir.entryList({QLatin1String(kPartPrefix) + QLatin1Char('*')}, QDir::Files);
    for (const QString& name : parts)
        if (QFileInfo(dir.filePath(name)).lastModified() < dayAgo)
            QFile::remove(dir.filePath(name));
}

bool VoiceRecorder::start(const QString& folder) {
    m_error.clear();
    m_done.clear();
    if (m_active) {
        m_error = tr("A recording is already running.");
        return false;
    }
    if (QString problem = microphoneProblem(); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    const auto choice = chooseFormat();
    if (!choice) {
        m_error = formatProblem();
        return false;
    }
    if (!QDir().mkpath(folder)) {
        m_error = tr("The folder for recordings %1 could not be created.")
                      .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    removeLeftovers(folder);

    // A fresh session for each note: the default microphone may have changed since the last one.
    delete m_session;
    m_session = new QMediaCaptureSession(this);
    m_input = new QAudioInput(m_session);
    const QAudioDevice device = QMediaDevices::defaultAudioInput().isNull()
                                    ? QMediaDevices::audioInputs().constFirst()
                                    : QMediaDevices::defaultAudioInput();
    m_input->setDevice(device);
    m_recorder = new QMediaRecorder(m_session);
    m_session->setAudioInput(m_input);
    m_session->setRecorder(m_recorder);
    if (!m_recorder->isAvailable()) {
        m_error = tr("Recording is not available on this computer: Qt Multimedia found no sound "
                     "system to record with.");
        return false;
    }
    m_recorder->setMediaFormat(choice->format);
    m_recorder->setQuality(QMediaRecorder::NormalQuality);
    m_suffix = choice->suffix;
    // Without a suffix: the recorder adds its own, and the finished file gets ours.
    m_base = QDir(folder).filePath(QLatin1String(kPartPrefix) +
                                   QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_recorder->setOutputLocation(QUrl::fromLocalFile(m_base));
    connect(m_recorder, &QMediaRecorder::recorderStateChanged, this, &VoiceRecorder::stateChanged);
    connect(m_recorder, &QMediaRecorder::errorOccurred, this, &VoiceRecorder::recorderError);
    connect(m_recorder, &QMediaRecorder::durationChanged, this, [this](qint64 ms) {
        Q_EMIT durationChanged(ms);
        if (ms >= kMaxDurationMs && m_recorder->recorderState() == QMediaRecorder::RecordingState)
            m_recorder->stop();
    });
    m_discarding = false;
    setActive(true);
    m_recorder->record();
    if (m_recorder->error() != QMediaRecorder::NoError) {
        m_error = tr("The recording could not start: %1").arg(m_recorder->errorString());
        setActive(false);
        return false;
    }
    return true;
}

qint64 VoiceRecorder::duration() const {
    return m_recorder ? m_recorder->duration() : 0;
}

void VoiceRecorder::stop() {
    if (m_active && m_recorder)
        m_recorder->stop();
}

void VoiceRecorder::discard() {
    if (!m_active)
        return;
    m_discarding = true;
    m_recorder->stop();
}

QString VoiceRecorder::finishNow(int timeoutMs) {
    if (!m_active)
        return m_done;
    QEventLoop wait;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &wait, &QEventLoop::quit);
    connect(this, &VoiceRecorder::recordingChanged, &wait, [&wait](bool on) {
        if (!on)
            wait.quit();
    });
    stop();
    timeout.start(timeoutMs);
    if (m_active)
        wait.exec();
    if (m_active)
        fail(tr("The recording did not finish in time and was not kept."));
    return m_done;
}

void VoiceRecorder::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT recordingChanged(active);
}

void VoiceRecorder::fail(const QString& message) {
    m_error = message;
    const bool wasActive = m_active;
    if (wasActive) {
        m_discarding = true;
        m_recorder->stop();
        const QString actual = m_recorder->actualLocation().toLocalFile();
        if (!actual.isEmpty())
            QFile::remove(actual);
    }
    setActive(false);
    Q_EMIT failed(message);
}

void VoiceRecorder::recorderError(QMediaRecorder::Error, const QString& text) {
    if (!m_active)
        return;
    fail(tr("The recording failed: %1")
             .arg(text.isEmpty() ? tr("the sound system gave no reason.") : text));
}

void VoiceRecorder::stateChanged(QMediaRecorder::RecorderState state) {
    if (state != QMediaRecorder::StoppedState || !m_active)
        return;
    const qint64 length = m_recorder->duration();
    const QString actual = m_recorder->actualLocation().toLocalFile();
    if (m_discarding) {
        if (!actual.isEmpty())
            QFile::remove(actual);
        setActive(false);
        return;
    }
    if (actual.isEmpty() || QFileInfo(actual).size() == 0) {
        if (!actual.isEmpty())
            QFile::remove(actual);
        fail(tr("The recording is empty: the microphone sent no sound. Check that it is plugged "
                "in and not muted."));
        return;
    }
    QString target = m_base + m_suffix;
    if (actual != target) {
        QFile::remove(target);
        if (!QFile::rename(actual, target))
            target = actual; // an unusual suffix still plays
    }
    m_done = target;
    setActive(false);
    Q_EMIT finished(m_done, length);
}

} // namespace oscalis::ui::audio
