#include "ui/band/AudioNotesPanel.h"

#include "store/RehearsalRepository.h"
#include "ui/audio/DurationProbe.h"
#include "ui/audio/NotePlayer.h"
#include "ui/audio/VoiceRecorder.h"
#include "ui/band/BandContext.h"
#include "ui/band/Durations.h"
#include "ui/band/LocalTime.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace oscalis::ui::band {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kAuthorRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;
constexpr int kWhoRole = Qt::UserRole + 3;
constexpr int kWhenRole = Qt::UserRole + 4;

/// Whole seconds, rounded up: a note of 0.4 s still reads "0:01", not "0:00".
QString length(qint64 ms) {
    return formatDuration((ms + 999) / 1000);
}
} // namespace

AudioNotesPanel::AudioNotesPanel(BandContext& context, Report report, QWidget* parent)
    : QWidget(parent), m_context(context), m_report(std::move(report)) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("audioNotes"));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("recordNoteButton"));
    m_play = new QPushButton(this);
    m_play->setObjectName(QStringLiteral("playNoteButton"));
    m_remove = new QPushButton(tr("Delete"), this);
    m_remove->setObjectName(QStringLiteral("removeAudioNoteButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("audioNoteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Always two lines high, shown or empty: a message appearing must not move the buttons
    // from under the mouse (the whole panel would shift as the layout shares the height).
    m_status->setFixedHeight(2 * m_status->fontMetrics().lineSpacing() + 4);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_play);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addWidget(m_status);
    column->addWidget(m_list, 1);

    connect(m_record, &QPushButton::clicked, this, [this] {
        if (isRecording())
            stopRecording();
        else
            startRecording();
    });
    connect(m_play, &QPushButton::clicked, this, &AudioNotesPanel::togglePlay);
    connect(m_remove, &QPushButton::clicked, this, &AudioNotesPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &AudioNotesPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &AudioNotesPanel::togglePlay);
    setStatus({});
    setSong(0, {}, {});
}

AudioNotesPanel::~AudioNotesPanel() {
    if (m_watchedWindow)
        m_watchedWindow->removeEventFilter(this);
}

QString AudioNotesPanel::statusText() const {
    return m_status->text();
}

bool AudioNotesPanel::isRecording() const {
    return m_recorder && m_recorder->isRecording();
}

QString AudioNotesPanel::workFolder() const {
    const store::RehearsalRepository repo(m_context.db(), m_context.audioRoot());
    return QDir(repo.audioFolder()).filePath(QStringLiteral("in-progress"));
}

audio::VoiceRecorder& AudioNotesPanel::voiceRecorder() {
    if (!m_recorder) {
        m_recorder = new audio::VoiceRecorder(this);
        connect(m_recorder, &audio::VoiceRecorder::durationChanged, this, [this](qint64 ms) {
            setStatus(tr("Recording for “%1”… %2").arg(m_recordingTitle, length(ms)));
        });
        connect(m_recorder, &audio::VoiceRecorder::finished, this, &AudioNotesPanel::recorded);
        connect(m_recorder, &audio::VoiceRecorder::failed, this,
                [this](const QString& message) { setStatus(message, true); });
        connect(m_recorder, &audio::VoiceRecorder::recordingChanged, this,
                &AudioNotesPanel::updateButtons);
    }
    return *m_recorder;
}

audio::NotePlayer& AudioNotesPanel::notePlayer() {
    if (!m_player) {
        m_player = new audio::NotePlayer(this);
        connect(m_player, &audio::NotePlayer::playingChanged, this,
                &AudioNotesPanel::updateButtons);
        connect(m_player, &audio::NotePlayer::playedToEnd, this,
                [this] { setStatus(tr("Played to the end.")); });
        connect(m_player, &audio::NotePlayer::failed, this,
                [this](const QString& message) { setStatus(message, true); });
    }
    return *m_player;
}

audio::DurationProbe& AudioNotesPanel::probe() {
    if (!m_probe) {
        m_probe = new audio::DurationProbe(this);
        connect(m_probe, &audio::DurationProbe::known, this, &AudioNotesPanel::durationKnown);
    }
    return *m_probe;
}

void AudioNotesPanel::setSong(qint64 songId, const QString& title,
                              const QHash<qint64, QString>& names) {
    if (songId != m_song && m_player && m_player->isPlaying())
        m_player->stop();
    m_song = songId;
    m_title = title;
    m_names = names;
    refresh();
}

QString AudioNotesPanel::itemText(const QString& who, const QString& when, qint64 ms) const {
    const QString howLong = ms >= 0 ? length(ms) : tr("length unknown");
    return tr("%1 · %2 · %3").arg(who, when, howLong);
}

void AudioNotesPanel::refresh() {
    const qint64 keep =
        m_list->currentItem() ? m_list->currentItem()->data(kIdRole).toLongLong() : 0;
    m_list->clear();
    m_list->setEnabled(m_song != 0);
    if (m_song) {
        store::RehearsalRepository repo(m_context.db(), m_context.audioRoot());
        auto notes = repo.audioNotes(m_song);
        if (!notes.ok())
            setStatus(BandContext::describe(notes.error()), true);
        for (const store::AudioNote& n :
             notes.ok() ? notes.value() : std::vector<store::AudioNote>{}) {
            const QString who =
                n.userId ? m_names.value(*n.userId, tr("a former member")) : tr("a former member");
            const QString when = localTime(n.createdAt);
            auto path = repo.audioPath(n.id);
            auto* item = new QListWidgetItem(m_list);
            item->setData(kIdRole, n.id);
            item->setData(kAuthorRole, n.userId.value_or(0));
            item->setData(kWhoRole, who);
            item->setData(kWhenRole, when);
            if (path.ok()) {
                item->setData(kPathRole, path.value());
                item->setText(itemText(who, when, probe().duration(path.value())));
                item->setToolTip(tr("%1 KiB").arg((n.sizeBytes + 1023) / 1024));
            } else {
                item->setText(tr("%1 · %2 · the recording is missing").arg(who, when));
                item->setToolTip(BandContext::describe(path.error()));
            }
            if (n.id == keep)
                m_list->setCurrentItem(item);
        }
        if (m_list->count() == 0) {
            auto* empty = new QListWidgetItem(
                tr("No voice notes yet: record a riff, a count-in, how the harmony goes."), m_list);
            empty->setFlags(Qt::NoItemFlags);
        }
    }
    updateButtons();
}

void AudioNotesPanel::durationKnown(const QString& file, qint64 ms) {
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (item->data(kPathRole).toString() == file)
            item->setText(
                itemText(item->data(kWhoRole).toString(), item->data(kWhenRole).toString(), ms));
    }
}

void AudioNotesPanel::updateButtons() {
    const bool recording = isRecording();
    const bool playing = m_player && m_player->isPlaying();
    m_record->setText(recording ? tr("■ Stop and save") : tr("● Record a voice note"));
    // Red while recording, by palette: a style sheet here would change the button's size and
    // shift the whole panel under the mouse.
    QPalette red = palette();
    red.setColor(QPalette::Button, QColor(0xb3, 0x26, 0x1e));
    red.setColor(QPalette::ButtonText, Qt::white);
    m_record->setPalette(recording ? red : QPalette());
    m_record->setEnabled(recording ||
                         (m_song != 0 && m_context.allows(auth::Action::AddAudioNote)));
    m_record->setToolTip(m_context.allows(auth::Action::AddAudioNote)
                             ? tr("Record from the microphone; press again to stop and save.")
                             : tr("Only the band's members can record voice notes."));
    const QListWidgetItem* item = m_list->currentItem();
    const bool playable = item && !item->data(kPathRole).toString().isEmpty();
    m_play->setText(playing ? tr("■ Stop") : tr("▶ Play"));
    // Not while recording: the microphone would record the playback.
    m_play->setEnabled(playing || (playable && !recording));
    const bool own = item && item->data(kAuthorRole).toLongLong() == m_context.actor().userId;
    m_remove->setEnabled(item && item->data(kIdRole).toLongLong() &&
                         ((own && m_context.allows(auth::Action::AddAudioNote)) ||
                          m_context.allows(auth::Action::DeleteNote)));
}

void AudioNotesPanel::setStatus(const QString& text, bool problem) {
    m_status->setText(
        text.isEmpty() ? tr("Record with the microphone, or select a note to play it.") : text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #ff6b6b; font-weight: 600;")
                                    : QStringLiteral("color: #9aa4ae;"));
    m_status->setToolTip(text); // the whole of a long message
}

bool AudioNotesPanel::startRecording() {
    if (!m_song || isRecording())
        return false;
    if (m_player)
        m_player->stop();
    audio::VoiceRecorder& recorder = voiceRecorder();
    if (!recorder.start(workFolder())) {
        setStatus(recorder.errorString(), true);
        return false;
    }
    m_recordingSong = m_song;
    m_recordingTitle = m_title;
    m_recordingActor = m_context.actor();
    setStatus(tr("Recording for “%1”… %2").arg(m_recordingTitle, length(0)));
    // Closing the window keeps what was said (see the class comment).
    m_watchedWindow = window();
    m_watchedWindow->installEventFilter(this);
    updateButtons();
    return true;
}

void AudioNotesPanel::stopRecording() {
    if (isRecording()) {
        setStatus(tr("Saving the recording…"));
        m_recorder->stop();
    }
}

void AudioNotesPanel::recorded(const QString& file, qint64 ms) {
    Q_UNUSED(ms);
    store::RehearsalRepository repo(m_context.db(), m_context.audioRoot());
    auto added = repo.addAudioNote(m_recordingActor, m_recordingSong, file);
    QFile::remove(file); // the repository keeps its own copy
    if (m_report(added.ok() ? store::Status() : store::Status(added.error())))
        setStatus(tr("Saved the voice note for “%1”.").arg(m_recordingTitle));
    else
        setStatus(BandContext::describe(added.error()), true);
    m_recordingSong = 0;
    refresh();
}

bool AudioNotesPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_watchedWindow && event->type() == QEvent::Close) {
        m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = nullptr;
        if (isRecording()) {
            setStatus(tr("Saving the recording…"));
            m_recorder->finishNow(); // finished() saves it as a note
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AudioNotesPanel::togglePlay() {
    audio::NotePlayer& player = notePlayer();
    if (player.isPlaying()) {
        player.stop();
        setStatus({});
        return;
    }
    const QListWidgetItem* item = m_list->currentItem();
    const QString file = item ? item->data(kPathRole).toString() : QString();
    if (file.isEmpty())
        return;
    setStatus(tr("Playing %1's note…").arg(item->data(kWhoRole).toString()));
    player.play(file);
}

void AudioNotesPanel::removeSelected() {
    const QListWidgetItem* item = m_list->currentItem();
    const qint64 id = item ? item->data(kIdRole).toLongLong() : 0;
    if (!id)
        return;
    if (m_player && m_player->file() == item->data(kPathRole).toString())
        m_player->stop();
    store::RehearsalRepository repo(m_context.db(), m_context.audioRoot());
    if (m_report(repo.removeAudioNote(m_context.actor(), id))) {
        setStatus(tr("The voice note was deleted."));
        refresh();
    }
}

} // namespace oscalis::ui::band
