// Voice notes on the rehearsal board, recorded and played for real through Qt Multimedia on a
// private PulseAudio server: a note of a second is recorded from the (silent) microphone, saved
// beside the database, listed with who and how long, played to the end and deleted; closing the
// window during a recording keeps it; without a microphone the user is told so.
#include "BandRig.h"
#include "PulseRig.h"
#include "store/RehearsalRepository.h"
#include "store/SongRepository.h"
#include "ui/audio/NotePlayer.h"
#include "ui/audio/VoiceRecorder.h"
#include "ui/band/AudioNotesPanel.h"
#include "ui/band/RehearsalsPage.h"
#include "ui/band/SongRehearsalPanel.h"

#include <QAudioDevice>
#include <QListWidget>
#include <QMediaDevices>
#include <QRegularExpression>
#include <QTableWidget>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiBandAudioNotes : public QObject {
    Q_OBJECT

    PulseRig m_pulse;
    // The sound system is slow to start on a busy machine; these bound a hang, not a speed.
    static constexpr int kPatienceMs = 60000;

    /// The band of BandRig with one song, on the rehearsal page with that song selected.
    struct Board {
        BandRig rig;
        qint64 song = 0;
        std::unique_ptr<ui::band::RehearsalsPage> page;

        bool open() {
            if (!rig.openWithBand())
                return false;
            store::Song s;
            s.bandId = rig.context->bandId();
            s.title = QStringLiteral("La Bohème");
            auto added = store::SongRepository(*rig.db).add(rig.context->actor(), s);
            if (!added.ok())
                return false;
            song = added->id;
            rig.context->reload();
            page = std::make_unique<ui::band::RehearsalsPage>(*rig.context);
            page->resize(1280, 800);
            page->show();
            if (!QTest::qWaitForWindowExposed(page.get()))
                return false;
            page->grid()->setCurrentCell(page->songRow(song), 0);
            return page->panel()->song() == song;
        }
        ui::band::AudioNotesPanel* notes() const { return page->panel()->audioNotes(); }
        QPushButton* button(const char* name) const {
            return notes()->findChild<QPushButton*>(QLatin1String(name));
        }
        std::vector<store::AudioNote> stored() const {
            auto list = store::RehearsalRepository(*rig.db).audioNotes(song);
            return list.ok() ? list.value() : std::vector<store::AudioNote>{};
        }
        /// Presses Record and waits until a whole second has been recorded.
        bool recordASecond() {
            QPushButton* record = button("recordNoteButton");
            if (!record->isEnabled())
                return false;
            QTest::mouseClick(record, Qt::LeftButton);
            if (!notes()->isRecording())
                return false;
            return QTest::qWaitFor([&] { return notes()->recorder()->duration() >= 1000; },
                                   kPatienceMs);
        }
    };

private Q_SLOTS:
    void initTestCase() {
        if (PulseRig::program().isEmpty())
            QSKIP("pulseaudio is not installed (apt-get install pulseaudio pulseaudio-utils): "
                  "recording and playing voice notes needs a sound server to test against.");
        QVERIFY2(m_pulse.start(), qPrintable(m_pulse.why));
        QTRY_VERIFY_WITH_TIMEOUT(!QMediaDevices::audioInputs().isEmpty(), kPatienceMs);
    }

    void recordListPlayAndDelete() {
        Board board;
        QVERIFY(board.open());
        ui::band::AudioNotesPanel* notes = board.notes();
        QCOMPARE(notes->list()->count(), 1);
        QVERIFY(notes->list()->item(0)->text().startsWith(QStringLiteral("No voice notes yet")));

        QVERIFY2(board.recordASecond(), qPrintable(notes->statusText()));
        QVERIFY(notes->statusText().startsWith(QStringLiteral("Recording for “La Bohème”")));
        QCOMPARE(board.button("recordNoteButton")->text(), QStringLiteral("■ Stop and save"));
        QTest::mouseClick(board.button("recordNoteButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!notes->isRecording(), kPatienceMs);
        QCOMPARE(notes->statusText(), QStringLiteral("Saved the voice note for “La Bohème”."));
        QCOMPARE(board.page->errorText(), QString());

        // One row, one file beside the database, nothing left in the work folder.
        const auto stored = board.stored();
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored.front().userId, std::optional(board.rig.context->actor().userId));
        store::RehearsalRepository repo(*board.rig.db, board.rig.dir.path());
        auto path = repo.audioPath(stored.front().id);
        QVERIFY(path.ok());
        QVERIFY(path->startsWith(board.rig.dir.filePath(QStringLiteral("audio-notes/"))));
        QVERIFY(QFileInfo(path.value()).size() > 0);
        QCOMPARE(QFileInfo(path.value()).size(), stored.front().sizeBytes);
        QVERIFY(QDir(notes->workFolder()).isEmpty());

        // Listed with who recorded it, when, and how long it lasts.
        QCOMPARE(notes->list()->count(), 1);
        QListWidgetItem* item = notes->list()->item(0);
        static const QRegularExpression line(
            QStringLiteral("^Ada · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d · \\d+:\\d\\d$"));
        QTRY_VERIFY_WITH_TIMEOUT(line.match(notes->list()->item(0)->text()).hasMatch(),
                                 kPatienceMs);
        QVERIFY(!notes->list()->item(0)->text().endsWith(QStringLiteral("0:00")));

        // Played to the end.
        notes->list()->setCurrentRow(0);
        QPushButton* play = board.button("playNoteButton");
        QVERIFY(play->isEnabled());
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(notes->player()->isPlaying());
        QCOMPARE(play->text(), QStringLiteral("■ Stop"));
        QTRY_VERIFY_WITH_TIMEOUT(!notes->player()->isPlaying(), kPatienceMs);
        QCOMPARE(notes->statusText(), QStringLiteral("Played to the end."));
        QCOMPARE(notes->player()->player()->mediaStatus(), QMediaPlayer::EndOfMedia);
        QCOMPARE(play->text(), QStringLiteral("▶ Play"));

        // Bob, a plain member, may not delete Ada's note; Ada deletes it: row and file go.
        auto bob = board.rig.registerBob();
        QVERIFY(bob.ok());
        const auth::Actor ada = board.rig.context->actor();
        QVERIFY(board.rig.signInBob());
        board.page->grid()->setCurrentCell(board.page->songRow(board.song), 0);
        notes->list()->setCurrentRow(0);
        QVERIFY(!board.button("removeAudioNoteButton")->isEnabled());
        board.rig.context->signIn(ada);
        board.page->grid()->setCurrentCell(board.page->songRow(board.song), 0);
        notes->list()->setCurrentRow(0);
        item = notes->list()->currentItem();
        QVERIFY(item);
        QVERIFY(board.button("removeAudioNoteButton")->isEnabled());
        QTest::mouseClick(board.button("removeAudioNoteButton"), Qt::LeftButton);
        QVERIFY(board.stored().empty());
        QVERIFY(!QFileInfo::exists(path.value()));
        QVERIFY(notes->list()->item(0)->text().startsWith(QStringLiteral("No voice notes yet")));
    }

    void closingTheWindowWhileRecordingKeepsTheNote() {
        Board board;
        QVERIFY(board.open());
        QVERIFY2(board.recordASecond(), qPrintable(board.notes()->statusText()));
        board.page->close();
        QVERIFY(!board.notes()->isRecording());
        const auto stored = board.stored();
        QCOMPARE(stored.size(), std::size_t(1));
        QVERIFY(stored.front().sizeBytes > 0);
        QVERIFY(QDir(board.notes()->workFolder()).isEmpty());
    }

    void destroyingThePanelWhileRecordingDiscardsIt() {
        Board board;
        QVERIFY(board.open());
        QVERIFY2(board.recordASecond(), qPrintable(board.notes()->statusText()));
        const QString work = board.notes()->workFolder();
        QVERIFY(!QDir(work).isEmpty()); // the recording in progress
        board.page.reset();
        QVERIFY(board.stored().empty());
        QTRY_VERIFY_WITH_TIMEOUT(QDir(work).isEmpty(), kPatienceMs);
    }

    void withoutAMicrophoneTheUserIsTold() {
        Board board;
        QVERIFY(board.open());
        QVERIFY(
            m_pulse.pactl({QStringLiteral("unload-module"), QStringLiteral("module-null-source")}));
        QTRY_VERIFY_WITH_TIMEOUT(QMediaDevices::audioInputs().isEmpty(), kPatienceMs);
        QTest::mouseClick(board.button("recordNoteButton"), Qt::LeftButton);
        QVERIFY(!board.notes()->isRecording());
        QVERIFY(board.notes()->statusText().startsWith(QStringLiteral("No microphone was found.")));
        QVERIFY(board.stored().empty());
        QCOMPARE(board.button("recordNoteButton")->text(), QStringLiteral("● Record a voice note"));
    }
};

QTEST_MAIN(TestGuiBandAudioNotes)
#include "test_gui_band_audio_notes.moc"
