// Songs page: add a song through its dialog and find it with the search box; suggest a song,
// vote for it, take the vote back, vote again and promote it to the repertoire; import a song
// list from a CSV file after seeing what will come in and which lines are refused, and why.
#include "BandRig.h"
#include "store/SongRepository.h"
#include "store/SuggestionRepository.h"
#include "ui/band/SongDialog.h"
#include "ui/band/SongImportDialog.h"
#include "ui/band/SongsPage.h"
#include "ui/band/SuggestionDialog.h"
#include "ui/band/SuggestionsPanel.h"

#include <QFile>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiBandSongs : public QObject {
    Q_OBJECT

    static QStringList titles(QTableWidget* table, int column) {
        QStringList out;
        for (int row = 0; row < table->rowCount(); ++row)
            out << table->item(row, column)->text();
        return out;
    }

private Q_SLOTS:
    void addASongAndFindItBySearch() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        ui::band::SongsPage page(*rig.context);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.hintText().contains(QStringLiteral("No songs yet")));

        const auto add = [&](const QString& title, const QString& artist, const QString& duration) {
            QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addSongButton")),
                              Qt::LeftButton);
            auto* dialog = openedDialog<ui::band::SongDialog>(&page);
            QVERIFY(dialog);
            QVERIFY(type(dialog, "title", title));
            QVERIFY(type(dialog, "artist", artist));
            QVERIFY(type(dialog, "key", QStringLiteral("Am")));
            dialog->findChild<QSpinBox*>(QStringLiteral("tempo"))->setValue(120);
            QVERIFY(type(dialog, "duration", duration));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            QTRY_VERIFY(!page.findChild<ui::band::SongDialog*>());
        };
        add(QStringLiteral("Le Vent Nous Portera"), QStringLiteral("Noir Désir"),
            QStringLiteral("4:48"));
        add(QStringLiteral("Dès que le vent soufflera"), QStringLiteral("Renaud"),
            QStringLiteral("3:55"));
        add(QStringLiteral("Foule sentimentale"), QStringLiteral("Souchon"),
            QStringLiteral("4:04"));

        QCOMPARE(page.table()->rowCount(), 3);
        QVERIFY(page.hintText().isEmpty());
        auto stored = store::SongRepository(*rig.db).list(rig.context->bandId());
        QCOMPARE(stored->size(), std::size_t(3));
        QCOMPARE(stored->front().durationS.value_or(0), 3 * 60 + 55);

        QTest::keyClicks(page.searchBox(), QStringLiteral("noir"));
        QTRY_COMPARE(titles(page.table(), 0), QStringList{QStringLiteral("Le Vent Nous Portera")});
        page.searchBox()->clear();
        QTest::keyClicks(page.searchBox(), QStringLiteral("vent"));
        QTRY_COMPARE(page.table()->rowCount(), 2);
        QCOMPARE(page.pageText(), QStringLiteral("Songs 1–2 of 2"));
        page.searchBox()->clear();
        QTest::keyClicks(page.searchBox(), QStringLiteral("zzz"));
        QTRY_COMPARE(page.table()->rowCount(), 0);
        QVERIFY(page.pageText().contains(QStringLiteral("No song matches")));
    }

    void aBadDurationIsExplainedAndNothingIsSaved() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        ui::band::SongsPage page(*rig.context);
        page.show();
        page.addSong();
        auto* dialog = openedDialog<ui::band::SongDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(type(dialog, "title", QStringLiteral("Santiano")));
        QVERIFY(type(dialog, "duration", QStringLiteral("three minutes")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("3:45")));
        QCOMPARE(rig.count(QStringLiteral("songs")), 0);
    }

    void suggestVoteAndPromote() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        ui::band::SongsPage page(*rig.context);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::band::SuggestionsPanel* panel = page.suggestions();

        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("suggestButton")),
                          Qt::LeftButton);
        auto* dialog = openedDialog<ui::band::SuggestionDialog>(panel);
        QVERIFY(dialog);
        QVERIFY(type(dialog, "title", QStringLiteral("Tous les cris les S.O.S.")));
        QVERIFY(type(dialog, "artist", QStringLiteral("Daniel Balavoine")));
        QVERIFY(type(dialog, "link", QStringLiteral("https://example.org/sos")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE(panel->table()->rowCount(), 1);

        auto* vote = panel->findChild<QPushButton*>(QStringLiteral("voteButton"));
        QVERIFY(panel->select(QStringLiteral("Tous les cris les S.O.S.")));
        QVERIFY(vote->isEnabled());
        QTest::mouseClick(vote, Qt::LeftButton);
        QTRY_COMPARE(panel->table()->item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(panel->table()->item(0, 4)->text(), QStringLiteral("✓ you voted"));
        QCOMPARE(vote->text(), QStringLiteral("Take my vote back"));
        QTest::mouseClick(vote, Qt::LeftButton);
        QTRY_COMPARE(panel->table()->item(0, 0)->text(), QStringLiteral("0"));
        QCOMPARE(panel->table()->item(0, 4)->text(), QString());
        QTest::mouseClick(vote, Qt::LeftButton);
        QTRY_COMPARE(panel->table()->item(0, 0)->text(), QStringLiteral("1"));
        auto listed = store::SuggestionRepository(*rig.db).list(rig.context->bandId(),
                                                                rig.context->actor().userId);
        QCOMPARE(listed->front().votes, 1);
        QVERIFY(listed->front().votedByViewer);

        auto* promote = panel->findChild<QPushButton*>(QStringLiteral("promoteButton"));
        QVERIFY(promote->isEnabled()); // the band's creator leads it
        QTest::mouseClick(promote, Qt::LeftButton);
        QTRY_COMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("Tous les cris les S.O.S."));
        QCOMPARE(panel->table()->item(0, 4)->text(), QStringLiteral("in the songs"));
        QVERIFY(page.errorText().isEmpty());
    }

    void importASongListAfterAPreview() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        ui::band::SongsPage page(*rig.context);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // A spreadsheet export: ';' separators, columns in its own order, two bad lines.
        const QString file = rig.dir.filePath(QStringLiteral("repertoire.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("Artist;Title;Duration;Tempo\n"
                                 "Brassens;La Mauvaise Réputation;2:10;120\n"
                                 "Aznavour;La Bohème;vite;\n"
                                 "Noir Désir;Le Vent Nous Portera;4:48;\n"
                                 "Trenet;;3:00;\n")
                      .toUtf8());
        out.close();

        auto* import = page.findChild<QPushButton*>(QStringLiteral("importSongsButton"));
        QVERIFY(import->isEnabled());
        answerFileDialog(file);
        QTest::mouseClick(import, Qt::LeftButton);
        auto* dialog = openedDialog<ui::band::SongImportDialog>(&page);
        QVERIFY(dialog);

        // The preview: what comes in (with its line), what does not and why; nothing saved yet.
        QCOMPARE(titles(dialog->songs(), 1), (QStringList{QStringLiteral("La Mauvaise Réputation"),
                                                          QStringLiteral("Le Vent Nous Portera")}));
        QCOMPARE(titles(dialog->songs(), 0),
                 (QStringList{QStringLiteral("2"), QStringLiteral("4")}));
        QCOMPARE(dialog->songs()->item(0, 5)->text(), QStringLiteral("2:10"));
        QCOMPARE(dialog->refused()->count(), 2);
        QCOMPARE(dialog->refused()->item(0)->text(),
                 QStringLiteral("Line 3: the duration “vite” is not like 3:25 or 205 (seconds)."));
        QVERIFY(dialog->refused()->item(1)->text().startsWith(QStringLiteral("Line 5: ")));
        QVERIFY(dialog->refused()->item(1)->text().contains(QStringLiteral("title")));
        QCOMPARE(dialog->okButton()->text(), QStringLiteral("Import 2 songs"));
        QCOMPARE(rig.count(QStringLiteral("songs")), 0);

        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ui::band::SongImportDialog*>());
        QCOMPARE(rig.count(QStringLiteral("songs")), 2);
        QCOMPARE(titles(page.table(), 0), (QStringList{QStringLiteral("La Mauvaise Réputation"),
                                                       QStringLiteral("Le Vent Nous Portera")}));
        QCOMPARE(page.errorText(), QString());

        // A file without a title column cannot be imported at all: said on the page, no dialog.
        QFile bad(rig.dir.filePath(QStringLiteral("not-songs.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("name,age\nAda,36\n");
        bad.close();
        QVERIFY(!page.importFile(bad.fileName()));
        QVERIFY(
            page.errorText().startsWith(QStringLiteral("not-songs.csv: The first line must name "
                                                       "the columns")));
        QVERIFY(!page.findChild<ui::band::SongImportDialog*>());
    }
};

QTEST_MAIN(TestGuiBandSongs)
#include "test_gui_band_songs.moc"
