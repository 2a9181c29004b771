// Rehearsals page: the mastery grid of songs × members, setting one's own level from the cell's
// 0..10 menu (stored with its history) or from the keyboard inside the studio window (digits,
// + and −, Enter and arrows, which do not change the mixer's bank there), what a plain member may
// not touch, and song notes.
#include "BandRig.h"
#include "GuiRig.h"
#include "store/RehearsalRepository.h"
#include "store/SongRepository.h"
#include "ui/band/RehearsalsPage.h"
#include "ui/band/SongRehearsalPanel.h"

#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiBandRehearsal : public QObject {
    Q_OBJECT

    qint64 m_bob = 0;

    /// The band of BandRig with Bob as a second member and two songs.
    bool seed(BandRig& rig, std::vector<qint64>& songs) {
        auto bob = rig.registerBob();
        if (!bob.ok())
            return false;
        m_bob = bob->id;
        store::SongRepository repo(*rig.db);
        for (const char* title : {"Les Copains d'abord", "La Bohème"}) {
            store::Song song;
            song.bandId = rig.context->bandId();
            song.title = QString::fromUtf8(title);
            auto added = repo.add(rig.context->actor(), song);
            if (!added.ok())
                return false;
            songs.push_back(added->id);
        }
        rig.context->reload();
        return true;
    }

private Q_SLOTS:
    void emptyBandAsksForSongsFirst() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        ui::band::RehearsalsPage page(*rig.context);
        QCOMPARE(page.grid()->rowCount(), 0);
        QVERIFY(page.hintText().contains(QStringLiteral("Add songs on the Songs page first")));
    }

    void settingOwnLevelColoursTheCellAndKeepsHistory() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        std::vector<qint64> songs;
        QVERIFY(seed(rig, songs));
        ui::band::RehearsalsPage page(*rig.context);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableWidget* grid = page.grid();

        // Songs by title, members by name, and the average column.
        QCOMPARE(grid->rowCount(), 2);
        QCOMPARE(grid->item(0, 0)->text(), QStringLiteral("La Bohème"));
        QCOMPARE(grid->columnCount(), 4);
        const qint64 ada = rig.context->actor().userId;
        const int adaColumn = page.memberColumn(ada);
        const int bobColumn = page.memberColumn(m_bob);
        QVERIFY(adaColumn > 0 && bobColumn > 0);
        QCOMPARE(grid->horizontalHeaderItem(adaColumn)->text(), QStringLiteral("Ada (you)"));
        QCOMPARE(grid->horizontalHeaderItem(bobColumn)->text(), QStringLiteral("Bob"));
        QCOMPARE(grid->item(0, adaColumn)->text(), QStringLiteral("–"));

        // Double-click own cell, pick 7 in the menu.
        const int row = page.songRow(songs[1]);
        const QRect cell = grid->visualItemRect(grid->item(row, adaColumn));
        // Qt 6.4's item views take a double-click only after the press that selects the cell.
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = page.findChild<QMenu*>(QStringLiteral("levelMenu"))) &&
                    menu->isVisible());
        QAction* seven = menu->findChild<QAction*>(QStringLiteral("level7"));
        QVERIFY(seven);
        seven->trigger();
        menu->close();
        QTRY_COMPARE(grid->item(row, adaColumn)->text(), QStringLiteral("7"));
        QCOMPARE(grid->item(row, adaColumn)->background().color(),
                 ui::band::RehearsalsPage::levelColour(7));
        // The cell just rated is the current one: on screen it keeps its colour inside its frame.
        QCOMPARE(grid->currentColumn(), adaColumn);
        page.activateWindow();
        grid->setFocus();
        QTRY_VERIFY(grid->hasFocus());
        const QRect rated = grid->visualItemRect(grid->item(row, adaColumn));
        const QImage shown = grid->viewport()->grab(rated).toImage();
        QCOMPARE(shown.pixelColor(6, shown.height() / 2).rgb(),
                 ui::band::RehearsalsPage::levelColour(7).rgb());
        QCOMPARE(grid->item(row, grid->columnCount() - 1)->text(), QLocale().toString(7.0, 'f', 1));
        QCOMPARE(page.errorText(), QString());

        store::RehearsalRepository repo(*rig.db);
        QCOMPARE(repo.mastery(songs[1], ada).value(), std::optional<int>(7));
        auto history = repo.history(songs[1]);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(1));
        QCOMPARE(history->front().userId, ada);
        QCOMPARE(history->front().level, 7);
        // The side panel shows the change.
        QCOMPARE(page.panel()->song(), songs[1]);
        QTRY_COMPARE(page.panel()->history()->rowCount(), 1);
        QCOMPARE(page.panel()->history()->item(0, 1)->text(), QStringLiteral("Ada"));

        // Red to green.
        QVERIFY(ui::band::RehearsalsPage::levelColour(0).hue() < 10);
        QVERIFY(ui::band::RehearsalsPage::levelColour(10).hue() > 100);

        // Ada leads the band, so she may rate Bob too; Bob may not rate Ada.
        QVERIFY(page.mayRate(row, bobColumn));
        QVERIFY(page.setLevel(songs[1], m_bob, 3));
        QTRY_COMPARE(grid->item(row, bobColumn)->text(), QStringLiteral("3"));
        QCOMPARE(grid->item(row, grid->columnCount() - 1)->text(), QLocale().toString(5.0, 'f', 1));
        QVERIFY(rig.signInBob());
        QTRY_COMPARE(grid->horizontalHeaderItem(bobColumn)->text(), QStringLiteral("Bob (you)"));
        QVERIFY(page.mayRate(row, bobColumn));
        QVERIFY(!page.mayRate(row, adaColumn));
        QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {},
                           grid->visualItemRect(grid->item(row, adaColumn)).center());
        QTest::qWait(50);
        QVERIFY(!page.findChild<QMenu*>(QStringLiteral("levelMenu")));
        QVERIFY(!page.setLevel(songs[1], ada, 1));
        QVERIFY(!page.errorText().isEmpty());
        QCOMPARE(repo.mastery(songs[1], ada).value(), std::optional<int>(7));
    }

    void noteAddedAppearsAndCanBeRemoved() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        std::vector<qint64> songs;
        QVERIFY(seed(rig, songs));
        ui::band::RehearsalsPage page(*rig.context);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.grid()->setCurrentCell(page.songRow(songs[0]), 0);
        ui::band::SongRehearsalPanel* panel = page.panel();
        QCOMPARE(panel->song(), songs[0]);

        QTest::keyClicks(panel->noteEdit(), QStringLiteral("Watch the bridge, bar 32"));
        auto* add = panel->findChild<QPushButton*>(QStringLiteral("addNoteButton"));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(panel->notes()->count() == 1 &&
                    panel->notes()->item(0)->text().startsWith(QStringLiteral("Watch the bridge")));
        QVERIFY(panel->notes()->item(0)->text().contains(QStringLiteral("Ada")));
        QVERIFY(panel->noteEdit()->text().isEmpty());
        auto notes = store::RehearsalRepository(*rig.db).notes(songs[0]);
        QCOMPARE(notes->size(), std::size_t(1));
        QCOMPARE(notes->front().body, QStringLiteral("Watch the bridge, bar 32"));

        panel->notes()->setCurrentRow(0);
        auto* remove = panel->findChild<QPushButton*>(QStringLiteral("removeNoteButton"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(store::RehearsalRepository(*rig.db).notes(songs[0])->empty());
        QVERIFY(panel->notes()->item(0)->text().contains(QStringLiteral("No notes yet")));
    }

    void levelsFromTheKeyboardInTheStudioWindow() {
        useTestSettings();
        BandRig rig;
        QVERIFY(rig.openWithBand());
        std::vector<qint64> songs;
        QVERIFY(seed(rig, songs));
        auto sim = startSimulator();
        QVERIFY(sim);
        GuiRig gui;
        QVERIFY(gui.start(sim->port()));
        gui.window->attachBand(*rig.context);
        gui.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(gui.window.get()));
        gui.window->navigation()->setCurrentRow(2);
        auto* page = qobject_cast<ui::band::RehearsalsPage*>(
            gui.window->bandPage(QStringLiteral("rehearsalsPage")));
        QVERIFY(page);
        QTableWidget* grid = page->grid();
        const qint64 ada = rig.context->actor().userId;
        const int adaColumn = page->memberColumn(ada);
        const int bobColumn = page->memberColumn(m_bob);
        const int first = page->songRow(songs[1]); // "La Bohème" sorts first
        QCOMPARE(first, 0);
        grid->setFocus();
        grid->setCurrentCell(first, adaColumn);
        QTRY_VERIFY(grid->hasFocus());
        store::RehearsalRepository repo(*rig.db);
        const auto level = [&](qint64 song, qint64 user) {
            return repo.mastery(song, user).value();
        };

        // A digit sets the level; + and − step it, up to 10 and down to 0.
        QTest::keyClick(grid, Qt::Key_7);
        QCOMPARE(level(songs[1], ada), std::optional<int>(7));
        QTRY_COMPARE(grid->item(first, adaColumn)->text(), QStringLiteral("7"));
        QTest::keyClick(grid, Qt::Key_Plus);
        QCOMPARE(level(songs[1], ada), std::optional<int>(8));
        QTest::keyClick(grid, Qt::Key_Minus);
        QTest::keyClick(grid, Qt::Key_Minus);
        QCOMPARE(level(songs[1], ada), std::optional<int>(6));
        QTest::keyClick(grid, Qt::Key_9);
        QTest::keyClick(grid, Qt::Key_Plus);
        QTest::keyClick(grid, Qt::Key_Plus);
        QCOMPARE(level(songs[1], ada), std::optional<int>(10));
        QTRY_COMPARE(grid->item(first, adaColumn)->text(), QStringLiteral("10"));
        QCOMPARE(grid->item(first, adaColumn)->background().color(),
                 ui::band::RehearsalsPage::levelColour(10));
        // Every change is in the history; the cell stays where it was.
        QCOMPARE(repo.history(songs[1])->size(), std::size_t(6));
        QCOMPARE(grid->currentRow(), first);
        QCOMPARE(grid->currentColumn(), adaColumn);

        // Enter goes to the next song, same member.
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(grid->currentRow(), first + 1);
        QCOMPARE(grid->currentColumn(), adaColumn);
        QTest::keyClick(grid, Qt::Key_3);
        QCOMPARE(level(songs[0], ada), std::optional<int>(3));

        // → moves to Bob's cell and leaves the mixer's bank alone; Ada leads, so she may rate him.
        QSignalSpy nextBank(gui.window->findChild<QAction*>(QStringLiteral("nextBankAction")),
                            &QAction::triggered);
        QSignalSpy previousBank(
            gui.window->findChild<QAction*>(QStringLiteral("previousBankAction")),
            &QAction::triggered);
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(grid->currentColumn(), bobColumn);
        QTest::keyClick(grid, Qt::Key_5);
        QCOMPARE(level(songs[0], m_bob), std::optional<int>(5));
        QTest::keyClick(grid, Qt::Key_Left);
        QCOMPARE(grid->currentColumn(), adaColumn);
        QCOMPARE(nextBank.count(), 0);
        QCOMPARE(previousBank.count(), 0);
        QCOMPARE(page->errorText(), QString());

        // Bob may not type a level into Ada's cell: told why, nothing changes.
        QVERIFY(rig.signInBob());
        gui.window->navigation()->setCurrentRow(2);
        grid->setFocus();
        grid->setCurrentCell(page->songRow(songs[0]), page->memberColumn(ada));
        QTest::keyClick(grid, Qt::Key_1);
        QCOMPARE(level(songs[0], ada), std::optional<int>(3));
        QVERIFY(page->errorText().contains(QStringLiteral("leader")));
    }
};

QTEST_MAIN(TestGuiBandRehearsal)
#include "test_gui_band_rehearsal.moc"
