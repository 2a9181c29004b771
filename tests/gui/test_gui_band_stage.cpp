// The setlist on stage, clicked like a user would: "Next song" moves the REAPER simulator's
// transport (real UDP) to the next song's region, a live run writes the played list back to the
// real band database and asks REAPER for a marker per song, and a recording the ReaScript
// reports during a rehearsal shows in the song's dialog.
#include "BandRig.h"
#include "reaper/Link.h"
#include "reaper/ProjectWatcher.h"
#include "reaper/ScriptCommands.h"
#include "reaper/Session.h"
#include "reaper/sim/Simulator.h"
#include "store/EventRepository.h"
#include "store/GigRepository.h"
#include "store/SongRepository.h"
#include "store/SongTakeRepository.h"
#include "ui/band/GigsPage.h"
#include "ui/band/PlayedListDialog.h"
#include "ui/band/SetlistEditor.h"
#include "ui/band/SetlistModel.h"
#include "ui/band/SongDialog.h"
#include "ui/band/Stage.h"
#include "ui/band/StageBar.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSaveFile>
#include <QTableView>
#include <QTableWidget>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiBandStage : public QObject {
    Q_OBJECT

    BandRig rig;
    std::unique_ptr<reaper::sim::Simulator> sim;
    reaper::Session session;
    std::unique_ptr<reaper::Link> link;
    QTemporaryDir scriptFolder;
    reaper::ScriptCommands commands;
    std::unique_ptr<reaper::ProjectWatcher> watcher;
    util::ManualClock clock;
    std::unique_ptr<ui::band::Stage> stage;
    std::unique_ptr<ui::band::GigsPage> page;
    std::map<QString, qint64> songs;
    qint64 gig = 0;

    QPushButton* button(const char* name) {
        return page->findChild<QPushButton*>(QLatin1String(name));
    }
    QString message() { return page->stageBar()->message(); }
    QString currentTitle() {
        auto* model = page->setlist()->model();
        const int row = model->rowOf(model->currentItem());
        return row < 0 ? QString() : model->items()[std::size_t(row)].songTitle;
    }
    QStringList setlist() {
        QStringList out;
        for (const auto& i : store::GigRepository(*rig.db).items(gig).value())
            out << (i.songId ? i.songTitle + QLatin1Char(':') +
                                   (i.playedSeconds ? QString::number(*i.playedSeconds)
                                                    : QStringLiteral("-"))
                             : QStringLiteral("|"));
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(rig.openWithBand());
        reaper::sim::SimOptions o;
        o.port = 0;
        o.tracks = 4;
        o.regions = 5; // Opening song 0 s, Ballad 200, Cover 400, New one 600, Encore 800
        o.sendIntervalMs = 0;
        sim = std::make_unique<reaper::sim::Simulator>(o);
        QVERIFY(sim->start());
        link = std::make_unique<reaper::Link>(session);
        reaper::LinkSettings s;
        s.reaperPort = sim->port();
        s.listenPort = 0;
        QVERIFY(link->start(s));
        QTRY_COMPARE(link->state(), reaper::Link::State::Connected);
        QTRY_VERIFY(session.regions().size() >= 5 &&
                    session.regions()[4].name == QStringLiteral("Encore"));

        watcher = std::make_unique<reaper::ProjectWatcher>(session);
        watcher->setFolder(scriptFolder.path());
        commands.setFolder(scriptFolder.path());
        stage = std::make_unique<ui::band::Stage>(*rig.context, *link, session, commands, *watcher,
                                                  clock);
        rig.context->setStage(stage.get());

        store::SongRepository repo(*rig.db);
        const std::pair<const char*, const char*> repertoire[] = {{"Opening song", "Opening song"},
                                                                  {"Ballade", "Ballad"},
                                                                  {"Unlinked", ""},
                                                                  {"Cover", "cover"},
                                                                  {"Extra", "Encore"}};
        for (const auto& [title, region] : repertoire) {
            store::Song song;
            song.bandId = rig.context->bandId();
            song.title = QString::fromUtf8(title);
            song.reaperRegion = QString::fromUtf8(region);
            song.durationS = 200;
            songs[song.title] = repo.add(rig.context->actor(), song)->id;
        }
        store::GigRepository gigs(*rig.db);
        store::Gig draft;
        draft.bandId = rig.context->bandId();
        draft.name = QStringLiteral("Fête de la musique");
        draft.date = QStringLiteral("2026-06-21");
        gig = gigs.create(rig.context->actor(), draft)->id;
        for (const char* title : {"Opening song", "|", "Ballade", "Unlinked", "Cover"}) {
            const QString t = QString::fromUtf8(title);
            QVERIFY(t == QStringLiteral("|")
                        ? gigs.insertBreak(rig.context->actor(), gig, 10).ok()
                        : gigs.insertSong(rig.context->actor(), gig, songs[t]).ok());
        }

        page = std::make_unique<ui::band::GigsPage>(*rig.context);
        page->resize(1400, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(page->stageBar());
        QCOMPARE(page->setlist()->model()->gigId(), gig);
    }

    void nextSongMovesReaperToTheNextRegion() {
        sim->project().position = 50.0; // somewhere in the first song
        sim->publish();
        QTest::mouseClick(button("stageNext"), Qt::LeftButton);
        QTRY_COMPARE(sim->project().position, 0.0);
        QCOMPARE(currentTitle(), QStringLiteral("Opening song"));

        QTest::mouseClick(button("stageNext"), Qt::LeftButton); // past the break
        QTRY_COMPARE(sim->project().position, 200.0);
        QCOMPARE(currentTitle(), QStringLiteral("Ballade"));
        QTRY_COMPARE(session.lastRegion().name, QStringLiteral("Ballad"));
        QVERIFY2(message().contains(QStringLiteral("Ballad")), qPrintable(message()));

        QTest::mouseClick(button("stageNext"), Qt::LeftButton); // past "Unlinked"
        QTRY_COMPARE(sim->project().position, 400.0);
        QCOMPARE(currentTitle(), QStringLiteral("Cover"));
        QVERIFY2(message().contains(QStringLiteral("Skipped “Unlinked”")), qPrintable(message()));

        QTest::mouseClick(button("stageNext"), Qt::LeftButton);
        QVERIFY2(message().contains(QStringLiteral("last song")), qPrintable(message()));
        QCOMPARE(sim->project().position, 400.0);
    }

    void goSendsReaperToTheSelectedSong() {
        page->setlist()->view()->selectRow(2); // Ballade
        QTest::mouseClick(button("stageGo"), Qt::LeftButton);
        QTRY_COMPARE(sim->project().position, 200.0);
        page->setlist()->view()->selectRow(3); // Unlinked
        QTest::mouseClick(button("stageGo"), Qt::LeftButton);
        QVERIFY2(message().contains(QStringLiteral("no REAPER region")), qPrintable(message()));
        QCOMPARE(currentTitle(), QStringLiteral("Ballade")); // unchanged
    }

    void aLiveRunWritesThePlayedListBack() {
        QTest::mouseClick(button("stageLive"), Qt::LeftButton);
        QVERIFY(stage->isLive());
        QCOMPARE(button("stageLive")->text(), QStringLiteral("■ Stop live"));
        page->setlist()->view()->selectRow(0);
        QTest::mouseClick(button("stageGo"), Qt::LeftButton); // Opening song
        clock.advance(185'000);
        QTest::mouseClick(button("stageNext"), Qt::LeftButton); // Ballade
        clock.advance(200'000);
        QTest::mouseClick(button("stageNext"), Qt::LeftButton); // Unlinked: played, REAPER stays
        QCOMPARE(currentTitle(), QStringLiteral("Unlinked"));
        QVERIFY2(message().contains(QStringLiteral("stays where it is")), qPrintable(message()));
        clock.advance(150'000);
        auto* offList = page->findChild<QComboBox*>(QStringLiteral("stageOffList"));
        QVERIFY(offList->isVisible());
        QCOMPARE(offList->count(), 1); // only the songs that are not on the setlist
        offList->setCurrentIndex(offList->findText(QStringLiteral("Extra")));
        QTest::mouseClick(button("stagePlayOffList"), Qt::LeftButton); // not on the setlist
        QTRY_COMPARE(sim->project().position, 800.0);                  // its region: Encore
        QCOMPARE(currentTitle(), QStringLiteral("Unlinked")); // Next goes on from the setlist
        clock.advance(61'000);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("stageNow"))
                    ->text()
                    .contains(QStringLiteral("Extra")));

        QTest::mouseClick(button("stageLive"), Qt::LeftButton); // Stop live
        QVERIFY(!stage->isLive());
        auto* dialog = openedDialog<ui::band::PlayedListDialog>(page.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 4);
        QCOMPARE(dialog->table()->item(3, 1)->text(), QStringLiteral("Extra"));
        QCOMPARE(dialog->table()->item(3, 2)->text(), QStringLiteral("1:01"));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("notPlayed"))
                    ->text()
                    .contains(QStringLiteral("Cover")));
        dialog->close();

        QCOMPARE(setlist(),
                 (QStringList{QStringLiteral("Opening song:185"), QStringLiteral("|"),
                              QStringLiteral("Ballade:200"), QStringLiteral("Unlinked:150"),
                              QStringLiteral("Extra:61"), QStringLiteral("Cover:-")}));
        QCOMPARE(store::GigRepository(*rig.db).find(gig)->status, store::Gig::Status::Played);
        QTRY_VERIFY(page->setlist()->totalText().contains(QStringLiteral("played 9:56")));
        QVERIFY(button("stagePlayedList")->isVisible());

        // One marker per song was asked of the ReaScript, named after the song.
        QFile file(scriptFolder.filePath(QStringLiteral("commands.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList markers;
        for (const auto& c : QJsonDocument::fromJson(file.readAll())
                                 .object()
                                 .value(QStringLiteral("commands"))
                                 .toArray())
            if (c.toObject().value(QStringLiteral("command")).toString() ==
                QStringLiteral("add_marker"))
                markers << c.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(markers, (QStringList{QStringLiteral("Opening song"), QStringLiteral("Ballade"),
                                       QStringLiteral("Unlinked"), QStringLiteral("Extra")}));
    }

    void aRehearsalTakeShowsInTheSongsDialog() {
        const QDateTime now = QDateTime::currentDateTime();
        store::Event e;
        e.bandId = rig.context->bandId();
        e.title = QStringLiteral("Rehearsal");
        e.startsAt = now.addSecs(-600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        e.durationMin = 120;
        e.agenda = {songs[QStringLiteral("Ballade")], songs[QStringLiteral("Cover")]};
        QVERIFY(store::EventRepository(*rig.db).create(rig.context->actor(), e).ok());

        // The band goes to "Cover" (the last song chosen before the recording wins), then
        // the ReaScript reports a recording made there.
        auto* model = page->setlist()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->items()[std::size_t(row)].songTitle == QStringLiteral("Cover"))
                page->setlist()->view()->selectRow(row);
        QTest::mouseClick(button("stageGo"), Qt::LeftButton);
        QCOMPARE(currentTitle(), QStringLiteral("Cover"));
        const QDateTime started = now.addSecs(2); // after the choice, whole seconds in the file
        const QJsonObject recording{
            {QStringLiteral("started"), started.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("stopped"), started.addSecs(180).toUTC().toString(Qt::ISODate)},
            {QStringLiteral("start"), 401.5},
            {QStringLiteral("end"), 581.0},
            {QStringLiteral("project"), QStringLiteral("/home/band/Rehearsal.RPP")},
            {QStringLiteral("files"),
             QJsonArray{QJsonObject{{QStringLiteral("path"),
                                     QStringLiteral("/home/band/Audio/Rehearsal-Guitar-007.wav")},
                                    {QStringLiteral("track"), 1},
                                    {QStringLiteral("trackName"), QStringLiteral("Guitar")},
                                    {QStringLiteral("start"), 401.5},
                                    {QStringLiteral("end"), 581.0}}}}};
        QSaveFile events(scriptFolder.filePath(QStringLiteral("events.json")));
        QVERIFY(events.open(QIODevice::WriteOnly));
        events.write(
            QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("oscalis-events")},
                                      {QStringLiteral("scriptVersion"), 2},
                                      {QStringLiteral("events"), QJsonArray{}},
                                      {QStringLiteral("recordings"), QJsonArray{recording}}})
                .toJson());
        QVERIFY(events.commit());

        const qint64 cover = songs[QStringLiteral("Cover")];
        QTRY_COMPARE(store::SongTakeRepository(*rig.db).forSong(cover)->size(), std::size_t(1));
        QVERIFY2(stage->takesMessage().contains(QStringLiteral("1 new take")),
                 qPrintable(stage->takesMessage()));

        auto song = store::SongRepository(*rig.db).find(cover);
        ui::band::SongDialog dialog(
            song.value(), [](const store::Song&) { return store::Status(); }, nullptr,
            rig.context.get());
        QVERIFY(dialog.takes());
        QCOMPARE(dialog.takes()->rowCount(), 1);
        QCOMPARE(dialog.takes()->item(0, 0)->text(),
                 QStringLiteral("Rehearsal-Guitar-007.wav (Guitar)"));
        QCOMPARE(dialog.takes()->item(0, 2)->text(), QStringLiteral("6:41–9:41"));
        QVERIFY(dialog.takes()->item(0, 3)->text().endsWith(
            QStringLiteral("Rehearsal-Guitar-007.wav")));
        // The region picker offers REAPER's regions, and keeps the song's own.
        QCOMPARE(dialog.regionPicker()->currentText(), QStringLiteral("cover"));
        QVERIFY(dialog.regionPicker()->findText(QStringLiteral("Encore")) > 0);
        QCOMPARE(dialog.regionPicker()->count(), 6); // "no region" and the five regions
    }
};

QTEST_MAIN(TestGuiBandStage)
#include "test_gui_band_stage.moc"
