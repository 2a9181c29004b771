// Gigs page and setlist editor: a gig made through its dialog, three songs and a break added,
// one row moved by the view's drag-and-drop path (mime data dropped on the model), the order and
// the total read back from the database, and the PDF and CSV exports.
#include "BandRig.h"
#include "store/GigRepository.h"
#include "store/SongRepository.h"
#include "ui/band/GigDialog.h"
#include "ui/band/GigsPage.h"
#include "ui/band/SetlistEditor.h"
#include "ui/band/SetlistModel.h"

#include <QComboBox>
#include <QMimeData>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiBandSetlist : public QObject {
    Q_OBJECT

    BandRig rig;
    std::unique_ptr<ui::band::GigsPage> page;
    qint64 gig = 0;

    QStringList order() {
        QStringList out;
        auto items = store::GigRepository(*rig.db).items(gig);
        for (const auto& i : items.value())
            out << (i.songId ? i.songTitle : QStringLiteral("break %1").arg(*i.breakMinutes));
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(rig.openWithBand());
        store::SongRepository songs(*rig.db);
        const std::pair<const char*, int> repertoire[] = {
            {"Alors on danse", 206}, {"Bella ciao", 180}, {"Comme d'habitude", 225}};
        for (const auto& [title, seconds] : repertoire) {
            store::Song s;
            s.bandId = rig.context->bandId();
            s.title = QString::fromUtf8(title);
            s.durationS = seconds;
            s.musicalKey = QStringLiteral("Dm");
            s.tempoBpm = 120;
            QVERIFY(songs.add(rig.context->actor(), s).ok());
        }
        page = std::make_unique<ui::band::GigsPage>(*rig.context);
        page->resize(1400, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    }

    void createAGigThroughItsDialog() {
        QVERIFY(page->hintText().contains(QStringLiteral("No gigs yet")));
        page->newGig();
        auto* dialog = openedDialog<ui::band::GigDialog>(page.get());
        QVERIFY(dialog);
        QVERIFY(type(dialog, "name", QStringLiteral("Fête de la musique")));
        QVERIFY(type(dialog, "venue", QStringLiteral("Place du Marché")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE(page->table()->rowCount(), 1);
        auto gigs = store::GigRepository(*rig.db).list(rig.context->bandId());
        QCOMPARE(gigs->size(), std::size_t(1));
        gig = gigs->front().id;
        QCOMPARE(page->setlist()->model()->gigId(), gig); // the new gig is selected
    }

    void addThreeSongsAndABreakThenDragOne() {
        ui::band::SetlistEditor* editor = page->setlist();
        QComboBox* chooser = editor->songChooser();
        QCOMPARE(chooser->count(), 3);
        auto* addSong = editor->findChild<QPushButton*>(QStringLiteral("addSetlistSong"));
        for (int i = 0; i < 3; ++i) {
            chooser->setCurrentIndex(i);
            QTest::mouseClick(addSong, Qt::LeftButton);
        }
        editor->findChild<QSpinBox*>(QStringLiteral("breakMinutes"))->setValue(10);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addSetlistBreak")),
                          Qt::LeftButton);
        QTRY_COMPARE(editor->model()->rowCount(), 4);
        QCOMPARE(order(),
                 (QStringList{QStringLiteral("Alors on danse"), QStringLiteral("Bella ciao"),
                              QStringLiteral("Comme d'habitude"), QStringLiteral("break 10")}));
        QCOMPARE(editor->totalText(), QStringLiteral("Total 20:11"));
        // Running total on the third row: 206 + 180 + 225 s.
        const auto* model = editor->model();
        QCOMPARE(model->index(2, ui::band::SetlistModel::Running).data().toString(),
                 QStringLiteral("10:11"));

        // Drag the break (row 3) between the first and second song: the mime path the view uses.
        ui::band::SetlistModel* m = editor->model();
        std::unique_ptr<QMimeData> dragged(m->mimeData({m->index(3, 0)}));
        QVERIFY(dragged);
        QVERIFY(m->canDropMimeData(dragged.get(), Qt::MoveAction, 1, 0, {}));
        QVERIFY(m->dropMimeData(dragged.get(), Qt::MoveAction, 1, 0, {}));
        QCOMPARE(order(),
                 (QStringList{QStringLiteral("Alors on danse"), QStringLiteral("break 10"),
                              QStringLiteral("Bella ciao"), QStringLiteral("Comme d'habitude")}));
        QTRY_COMPARE(m->index(1, ui::band::SetlistModel::Title).data().toString(),
                     QStringLiteral("Break, 10 min"));
        // Then the first song to the end, through moveRows.
        QVERIFY(m->moveRows({}, 0, 1, {}, 4));
        QCOMPARE(order(), (QStringList{QStringLiteral("break 10"), QStringLiteral("Bella ciao"),
                                       QStringLiteral("Comme d'habitude"),
                                       QStringLiteral("Alors on danse")}));
        auto items = store::GigRepository(*rig.db).items(gig);
        for (std::size_t i = 0; i < items->size(); ++i)
            QCOMPARE((*items)[i].position, int(i) + 1);
        QCOMPARE(store::GigRepository(*rig.db).totalDurationS(gig).value(),
                 qint64(206 + 180 + 225 + 600));
        QCOMPARE(editor->totalText(), QStringLiteral("Total 20:11"));
        QCOMPARE(m->index(3, ui::band::SetlistModel::Running).data().toString(),
                 QStringLiteral("20:11"));
        QCOMPARE(m->index(1, ui::band::SetlistModel::Number).data().toString(),
                 QStringLiteral("1"));
    }

    void removeARow() {
        ui::band::SetlistEditor* editor = page->setlist();
        editor->view()->selectRow(0);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("removeSetlistItem")),
                          Qt::LeftButton);
        QTRY_COMPARE(editor->model()->rowCount(), 3);
        QCOMPARE(order().first(), QStringLiteral("Bella ciao"));
        QCOMPARE(editor->totalText(), QStringLiteral("Total 10:11"));
    }

    void exportsAPdfAndACsv() {
        const QString pdf = rig.dir.filePath(QStringLiteral("setlist.pdf"));
        QVERIFY(page->setlist()->exportPdf(pdf).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QVERIFY(file.read(4) == "%PDF");

        const QString csv = rig.dir.filePath(QStringLiteral("setlist.csv"));
        QVERIFY(page->setlist()->exportCsv(csv).ok());
        QFile text(csv);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(text.readAll()).contains(QStringLiteral("Bella ciao")));

        // A folder that cannot be written is reported, not a crash.
        const auto refused =
            page->setlist()->exportPdf(rig.dir.filePath(QStringLiteral("no/such/dir/x.pdf")));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
    }

    void cleanupTestCase() { page.reset(); }
};

QTEST_MAIN(TestGuiBandSetlist)
#include "test_gui_band_setlist.moc"
