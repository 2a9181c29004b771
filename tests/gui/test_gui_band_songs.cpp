// Songs page: add a song through its dialog and find it with the search box; suggest a song,
// vote for it, take the vote back, vote again and promote it to the repertoire.
#include "BandRig.h"
#include "store/SongRepository.h"
#include "store/SuggestionRepository.h"
#include "ui/band/SongDialog.h"
#include "ui/band/SongsPage.h"
#include "ui/band/SuggestionDialog.h"
#include "ui/band/SuggestionsPanel.h"

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
};

QTEST_MAIN(TestGuiBandSongs)
#include "test_gui_band_songs.moc"
