// Calendar page: planning a rehearsal through its dialog (listed in the month, its day marked),
// answering it, the leader ticking who came, the .ics export for phones, and editing a planned
// rehearsal from its panel (leaders only).
#include "BandRig.h"
#include "store/EventRepository.h"
#include "store/SongRepository.h"
#include "ui/band/CalendarPage.h"
#include "ui/band/EventPanel.h"
#include "ui/band/RehearsalDialog.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QFile>
#include <QListWidget>
#include <QTableWidget>
#include <QTimeEdit>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiBandCalendar : public QObject {
    Q_OBJECT

    static QTableWidgetItem* cameItem(QTableWidget* table, const QString& name) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == name)
                return table->item(row, 2);
        return nullptr;
    }

    static std::optional<store::AttendanceSummary::Line> line(BandRig& rig, qint64 eventId,
                                                              qint64 userId) {
        auto summary = store::EventRepository(*rig.db).summary(eventId);
        if (summary.ok())
            for (const auto& l : summary->lines)
                if (l.userId == userId)
                    return l;
        return std::nullopt;
    }

private Q_SLOTS:
    void planAnswerMarkAndExport() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        auto bob = rig.registerBob();
        QVERIFY(bob.ok());
        store::Song song;
        song.bandId = rig.context->bandId();
        song.title = QStringLiteral("La Bohème");
        auto added = store::SongRepository(*rig.db).add(rig.context->actor(), song);
        QVERIFY(added.ok());
        rig.context->reload();

        ui::band::CalendarPage page(*rig.context);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.eventList()->rowCount(), 0);
        QVERIFY(!page.hintText().isEmpty());

        // Plan it through the dialog.
        auto* create = page.findChild<QPushButton*>(QStringLiteral("newRehearsalButton"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        auto* dialog = openedDialog<ui::band::RehearsalDialog>(&page);
        QVERIFY(dialog);
        const QDate day = QDate::currentDate().addDays(3);
        QVERIFY(type(dialog, "title", QStringLiteral("Répét générale")));
        dialog->findChild<QDateEdit*>(QStringLiteral("date"))->setDate(day);
        dialog->findChild<QTimeEdit*>(QStringLiteral("time"))->setTime(QTime(20, 30));
        QVERIFY(type(dialog, "place", QStringLiteral("Studio B")));
        QVERIFY(dialog->tickSong(added->id));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible() || !dialog->errorText().isEmpty());
        QCOMPARE(dialog->errorText(), QString());

        // In the month's list, selected, its day marked in the calendar.
        QTRY_COMPARE(page.eventList()->rowCount(), 1);
        QCOMPARE(page.eventList()->item(0, 2)->text(), QStringLiteral("Répét générale"));
        QCOMPARE(page.eventList()->item(0, 3)->text(), QStringLiteral("Studio B"));
        QCOMPARE(page.calendar()->monthShown(), day.month());
        QCOMPARE(page.calendar()->dateTextFormat(day).fontWeight(), int(QFont::Bold));
        QVERIFY(page.calendar()->dateTextFormat(day.addDays(1)).fontWeight() != int(QFont::Bold));
        const qint64 eventId = page.selectedEvent();
        QVERIFY(eventId);
        auto stored = store::EventRepository(*rig.db).find(eventId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->startsAt, QDateTime(day, QTime(20, 30)).toString(Qt::ISODate));
        QCOMPARE(stored->agenda, std::vector<qint64>{added->id});

        // The panel shows the agenda and every member, nobody answered yet.
        ui::band::EventPanel* panel = page.panel();
        QCOMPARE(panel->event(), eventId);
        QCOMPARE(panel->agenda()->count(), 1);
        QCOMPARE(panel->agenda()->item(0)->text(), QStringLiteral("La Bohème"));
        QCOMPARE(panel->members()->rowCount(), 2);
        QVERIFY(panel->summaryText().contains(QStringLiteral("2 not answered")));

        // "I'll come" is stored for the signed-in member.
        auto* yes = panel->findChild<QPushButton*>(QStringLiteral("answerYesButton"));
        QVERIFY(yes->isEnabled());
        QTest::mouseClick(yes, Qt::LeftButton);
        const qint64 ada = rig.context->actor().userId;
        QTRY_VERIFY(line(rig, eventId, ada) &&
                    line(rig, eventId, ada)->answer == store::EventAnswer::Yes);
        QCOMPARE(store::EventRepository(*rig.db).summary(eventId)->yes, 1);
        QTRY_VERIFY(panel->summaryText().startsWith(QStringLiteral("1 coming")));
        QVERIFY(yes->isChecked());

        // Ada leads the band: she ticks that Bob came.
        QTableWidgetItem* came = cameItem(panel->members(), QStringLiteral("Bob"));
        QVERIFY(came);
        QVERIFY(came->flags() & Qt::ItemIsUserCheckable);
        came->setCheckState(Qt::Checked);
        QTRY_VERIFY(line(rig, eventId, bob->id) && line(rig, eventId, bob->id)->attended == true);
        QTRY_VERIFY(cameItem(panel->members(), QStringLiteral("Bob"))->checkState() == Qt::Checked);
        QCOMPARE(page.errorText(), QString());

        // .ics export.
        const QString file = rig.dir.filePath(QStringLiteral("agenda.ics"));
        QVERIFY(page.exportIcs(file).ok());
        QFile ics(file);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray bytes = ics.readAll();
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(bytes.contains(QStringLiteral("SUMMARY:Répét générale").toUtf8()));

        // Bob, a plain member, answers for himself but cannot tick attendance.
        QVERIFY(rig.signInBob());
        QVERIFY(page.selectEvent(eventId));
        QTRY_COMPARE(panel->event(), eventId);
        QVERIFY(!(cameItem(panel->members(), QStringLiteral("Ada"))->flags() &
                  Qt::ItemIsUserCheckable));
        QVERIFY(!panel->markAttendance(ada, true));
        QVERIFY(panel->answer(store::EventAnswer::No));
        QCOMPARE(line(rig, eventId, bob->id)->answer, std::optional(store::EventAnswer::No));
    }

    void editTheRehearsalFromItsPanel() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        store::Song song;
        song.bandId = rig.context->bandId();
        song.title = QStringLiteral("La Bohème");
        auto added = store::SongRepository(*rig.db).add(rig.context->actor(), song);
        QVERIFY(added.ok());
        const QDate day = QDate::currentDate().addDays(5);
        store::Event draft;
        draft.bandId = rig.context->bandId();
        draft.title = QStringLiteral("Répét");
        draft.startsAt = QDateTime(day, QTime(20, 0)).toString(Qt::ISODate);
        draft.place = QStringLiteral("Studio B");
        auto made = store::EventRepository(*rig.db).create(rig.context->actor(), draft);
        QVERIFY(made.ok());

        ui::band::CalendarPage page(*rig.context);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectEvent(made->id));
        auto* edit = page.panel()->findChild<QPushButton*>(QStringLiteral("editEventButton"));
        QVERIFY(edit && edit->isVisible() && edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        auto* dialog = openedDialog<ui::band::RehearsalDialog>(&page);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit the rehearsal"));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("place"))->text(),
                 QStringLiteral("Studio B"));
        QVERIFY(type(dialog, "place", QStringLiteral("Studio C")));
        dialog->findChild<QTimeEdit*>(QStringLiteral("time"))->setTime(QTime(19, 30));
        QVERIFY(dialog->tickSong(added->id));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ui::band::RehearsalDialog*>());

        auto stored = store::EventRepository(*rig.db).find(made->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->place, QStringLiteral("Studio C"));
        QCOMPARE(stored->startsAt, QDateTime(day, QTime(19, 30)).toString(Qt::ISODate));
        QCOMPARE(stored->agenda, std::vector<qint64>{added->id});
        QCOMPARE(rig.count(QStringLiteral("events")), 1);
        // Still selected, the list and the panel show the change.
        QCOMPARE(page.selectedEvent(), made->id);
        QCOMPARE(page.eventList()->item(0, 3)->text(), QStringLiteral("Studio C"));
        QCOMPARE(page.eventList()->item(0, 1)->text(), QStringLiteral("19:30"));
        QCOMPARE(page.panel()->agenda()->item(0)->text(), QStringLiteral("La Bohème"));

        // A plain member does not get the button.
        QVERIFY(rig.registerBob().ok());
        QVERIFY(rig.signInBob());
        QVERIFY(page.selectEvent(made->id));
        QVERIFY(!edit->isVisible());
    }
};

QTEST_MAIN(TestGuiBandCalendar)
#include "test_gui_band_calendar.moc"
