// Backup and restore of the band database from the window's menu, on real files: the entries
// only for an administrator, a backup through the file dialog with a progress bar, a restore that
// asks first, keeps a safety copy of the database as it was and brings the app back on the
// restored data; a file that is not a backup is refused with nothing changed.
#include "BandRig.h"
#include "GuiRig.h"
#include "store/SongRepository.h"
#include "ui/band/BackupActions.h"

#include <QMenu>

#include <algorithm>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiBandBackup : public QObject {
    Q_OBJECT

    static QStringList titles(store::Database& db, qint64 band) {
        QStringList out;
        auto songs = store::SongRepository(db).list(band);
        if (songs.ok())
            for (const store::Song& s : songs.value())
                out << s.title;
        return out;
    }

    static bool addSong(BandRig& rig, const QString& title) {
        store::Song song;
        song.bandId = rig.context->bandId();
        song.title = title;
        return store::SongRepository(*rig.db).add(rig.context->actor(), song).ok();
    }

private Q_SLOTS:
    void initTestCase() { useTestSettings(); }

    void backUpAndRestoreFromTheMenu() {
        BandRig band;
        QVERIFY(band.openWithBand());
        auto sim = startSimulator();
        QVERIFY(sim);
        GuiRig gui;
        QVERIFY(gui.start(sim->port()));
        gui.window->attachBand(*band.context);
        auto* backup = gui.window->findChild<QAction*>(QStringLiteral("backupDatabaseAction"));
        auto* restore = gui.window->findChild<QAction*>(QStringLiteral("restoreDatabaseAction"));
        QVERIFY(backup && restore);
        auto* menu = gui.window->findChild<QMenu*>(QStringLiteral("oscalisMenu"));
        QVERIFY(menu->actions().contains(backup) && menu->actions().contains(restore));
        // Ada is the administrator: she sees both.
        QVERIFY(backup->isVisible() && backup->isEnabled());
        QVERIFY(restore->isVisible() && restore->isEnabled());
        const qint64 bandId = band.context->bandId();
        QVERIFY(addSong(band, QStringLiteral("Kept")));

        // Back up through the file dialog; the progress bar shows; the message says where.
        const QString file = band.dir.filePath(QStringLiteral("saved/tilleuls.sqlite"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        auto* actions = gui.window->findChild<ui::band::BackupActions*>();
        QVERIFY(actions);
        std::vector<int> bar;
        connect(actions, &ui::band::BackupActions::progressed, this,
                [&](int permille) { bar.push_back(permille); });
        answerFileDialog(file);
        QString told;
        answerMessageBox(QMessageBox::Ok, &told);
        backup->trigger();
        QVERIFY(told.startsWith(QStringLiteral("The band database was backed up to %1.")
                                    .arg(QDir::toNativeSeparators(file))));
        QVERIFY(told.contains(QStringLiteral("audio-notes")));
        QVERIFY(!bar.empty());
        QCOMPARE(bar.back(), 1000);
        QVERIFY(std::is_sorted(bar.begin(), bar.end()));
        QVERIFY(store::DatabaseBackup::checkBackupFile(file).ok());

        // Work after the backup is undone by the restore; the safety copy keeps it.
        QVERIFY(addSong(band, QStringLiteral("Lost")));
        QCOMPARE(titles(*band.db, bandId),
                 (QStringList{QStringLiteral("Kept"), QStringLiteral("Lost")}));
        answerFileDialog(file);
        QString question, safetyInfo, done;
        answerNext<QMessageBox>([&](QMessageBox* ask) {
            question = ask->text();
            safetyInfo = ask->informativeText();
            QCOMPARE(ask->button(QMessageBox::Yes)->text(), QStringLiteral("Restore"));
            answerMessageBox(QMessageBox::Ok, &done);
            ask->button(QMessageBox::Yes)->click();
        });
        restore->trigger();
        QCOMPARE(question, QStringLiteral("Replace the band database with the backup %1?")
                               .arg(QDir::toNativeSeparators(file)));
        QTRY_VERIFY(done.startsWith(QStringLiteral("The band database was restored from")));
        QCOMPARE(titles(*band.db, bandId), QStringList{QStringLiteral("Kept")});
        QCOMPARE(band.db->integrityCheck().value(), QStringLiteral("ok"));
        const QString safety = actions->lastSafetyCopy();
        QVERIFY(safetyInfo.contains(QDir::toNativeSeparators(safety)));
        QVERIFY(done.contains(QDir::toNativeSeparators(safety)));
        {
            auto before = store::Database::open(safety);
            QVERIFY(before.ok());
            QCOMPARE(titles(**before, bandId),
                     (QStringList{QStringLiteral("Kept"), QStringLiteral("Lost")}));
        }
        // The app is back on the restored data, Ada still signed in, the band open.
        QVERIFY(band.context->signedIn());
        QCOMPARE(band.context->bandId(), bandId);
        QCOMPARE(band.count(QStringLiteral("audit_log WHERE action = 'database.restore'")), 1);

        // Cancelling the question changes nothing.
        QVERIFY(addSong(band, QStringLiteral("Stays")));
        answerMessageBox(QMessageBox::Cancel);
        QVERIFY(actions->restoreFrom(file).ok());
        QCOMPARE(titles(*band.db, bandId),
                 (QStringList{QStringLiteral("Kept"), QStringLiteral("Stays")}));

        // A file that is not a backup is refused, nothing changed.
        const QString notes = band.dir.filePath(QStringLiteral("notes.txt"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("setlist for Saturday\n");
        text.close();
        QString refused;
        answerMessageBox(QMessageBox::Ok, &refused);
        QVERIFY(!actions->restoreFrom(notes).ok());
        QVERIFY(refused.contains(QStringLiteral("is not an Oscalis backup")));
        QCOMPARE(titles(*band.db, bandId),
                 (QStringList{QStringLiteral("Kept"), QStringLiteral("Stays")}));

        // Nor is the band database itself a place for its backup.
        QVERIFY(!actions->backUpTo(band.path()).ok());

        // Bob, a plain member, does not see the entries.
        QVERIFY(band.registerBob().ok());
        QVERIFY(band.signInBob());
        QVERIFY(!backup->isVisible() && !backup->isEnabled());
        QVERIFY(!restore->isVisible() && !restore->isEnabled());
    }
};

QTEST_MAIN(TestGuiBandBackup)
#include "test_gui_band_backup.moc"
