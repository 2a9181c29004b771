#include "ui/band/CalendarPage.h"

#include "store/CalendarIcs.h"
#include "store/EventRepository.h"
#include "store/SongRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/EventPanel.h"
#include "ui/band/RecordTables.h"
#include "ui/band/RehearsalDialog.h"

#include <QCalendarWidget>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace oscalis::ui::band {

namespace {
enum Column { Day, Time, Title, Place, ColumnCount };
}

CalendarPage::CalendarPage(BandContext& context, QWidget* parent)
    : BandPage(context, tr("Calendar"), parent) {
    setObjectName(QStringLiteral("calendarPage"));
    m_new = new QPushButton(tr("New rehearsal…"), this);
    m_new->setObjectName(QStringLiteral("newRehearsalButton"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteEventButton"));
    m_export = new QPushButton(tr("Export to calendar (.ics)…"), this);
    m_export->setObjectName(QStringLiteral("exportIcsButton"));
    m_export->setToolTip(
        tr("A file for phones and calendar programs, with every date of the band"));
    actions()->addWidget(m_new);
    actions()->addWidget(m_delete);
    actions()->addWidget(m_export);

    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMinimumHeight(260);
    m_list = new QTableWidget(0, ColumnCount, this);
    m_list->setObjectName(QStringLiteral("monthEvents"));
    m_list->setHorizontalHeaderLabels({tr("Day"), tr("Time"), tr("What"), tr("Where")});
    makeRecordTable(*m_list);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(Day, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(Time, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(Place, QHeaderView::Stretch);

    auto* left = new QWidget(this);
    auto* leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_calendar, 3);
    leftColumn->addWidget(m_list, 2);
    m_panel = new EventPanel(
        context, [this](const store::Status& s) { return report(s); }, this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({620, 620});
    body()->addWidget(split, 1);

    connect(m_new, &QPushButton::clicked, this, &CalendarPage::newRehearsal);
    connect(m_delete, &QPushButton::clicked, this, &CalendarPage::deleteEvent);
    connect(m_export, &QPushButton::clicked, this, &CalendarPage::exportIcsAs);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarPage::reload);
    connect(m_calendar, &QCalendarWidget::clicked, this, &CalendarPage::dayClicked);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &CalendarPage::showSelected);
    connect(m_panel, &EventPanel::editRequested, this, &CalendarPage::editEvent);
    reload();
}

void CalendarPage::reload() {
    const qint64 keep = selectedEvent();
    m_titles.clear();
    m_list->blockSignals(true);
    m_list->setRowCount(0);
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // forgets every marked day
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    if (context().bandId()) {
        if (auto songs = store::SongRepository(context().db()).list(context().bandId()); songs.ok())
            for (const store::Song& s : songs.value())
                m_titles.insert(s.id, s.title);
        auto events = store::EventRepository(context().db())
                          .between(context().bandId(), first, first.addMonths(1).addDays(-1));
        if (!events.ok())
            showError(BandContext::describe(events.error()));
        QTextCharFormat marked;
        marked.setFontWeight(QFont::Bold);
        marked.setForeground(QColor(0x1c, 0x1f, 0x24));
        marked.setBackground(QColor(0xf0, 0xb4, 0x29));
        const QLocale locale;
        for (const store::Event& e : events.ok() ? events.value() : std::vector<store::Event>{}) {
            const QDateTime starts = QDateTime::fromString(e.startsAt, Qt::ISODate);
            m_calendar->setDateTextFormat(starts.date(), marked);
            const int row = m_list->rowCount();
            m_list->insertRow(row);
            const QString cells[] = {locale.toString(starts.date(), QStringLiteral("ddd d MMM")),
                                     starts.time().toString(QStringLiteral("HH:mm")), e.title,
                                     e.place};
            for (int c = 0; c < ColumnCount; ++c)
                m_list->setItem(row, c, new QTableWidgetItem(cells[c]));
            m_list->item(row, 0)->setData(Qt::UserRole, e.id);
            m_list->item(row, 0)->setData(Qt::UserRole + 1, starts.date());
            if (e.id == keep)
                m_list->selectRow(row);
        }
    }
    m_list->blockSignals(false);
    if (!context().bandId())
        setHint(tr("Open a band first: create yours or join one with its invite code."));
    else if (m_list->rowCount() == 0)
        setHint(tr("Nothing planned this month. Plan a rehearsal with “New rehearsal…”: everyone "
                   "can then answer whether they come."));
    else
        setHint({});
    m_new->setEnabled(context().bandId() && context().allows(auth::Action::CreateEvent));
    m_export->setEnabled(context().bandId() != 0);
    showSelected();
}

qint64 CalendarPage::selectedEvent() const {
    return selectedRecord(*m_list).toLongLong();
}

bool CalendarPage::selectEvent(qint64 eventId) {
    auto event = store::EventRepository(context().db()).find(eventId);
    if (!event.ok())
        return false;
    const QDate day = QDateTime::fromString(event->startsAt, Qt::ISODate).date();
    m_calendar->setSelectedDate(day);
    if (m_calendar->yearShown() != day.year() || m_calendar->monthShown() != day.month())
        m_calendar->setCurrentPage(day.year(), day.month()); // reloads the month
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == eventId) {
            m_list->selectRow(row);
            return true;
        }
    }
    return false;
}

void CalendarPage::showSelected() {
    const qint64 id = selectedEvent();
    m_delete->setEnabled(id && context().allows(auth::Action::DeleteEvent));
    m_panel->setEvent(id, m_titles);
}

void CalendarPage::dayClicked(const QDate& day) {
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole + 1).toDate() == day) {
            m_list->selectRow(row);
            return;
        }
    }
}

store::Status CalendarPage::saveEvent(const store::Event& event) {
    store::EventRepository repo(context().db());
    qint64 id = event.id;
    if (event.id) {
        if (auto s = repo.update(context().actor(), event); !s.ok())
            return s;
    } else {
        auto made = repo.create(context().actor(), event);
        if (!made.ok())
            return made.error();
        id = made->id;
    }
    report({});
    selectEvent(id);
    return {};
}

void CalendarPage::editEvent() {
    auto event = store::EventRepository(context().db()).find(selectedEvent());
    if (!event.ok()) {
        showError(BandContext::describe(event.error()));
        return;
    }
    auto* dialog = new RehearsalDialog(
        event.value(), bandSongs(), [this](const store::Event& e) { return saveEvent(e); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

std::vector<store::Song> CalendarPage::bandSongs() const {
    auto listed = store::SongRepository(context().db()).list(context().bandId());
    return listed.ok() ? std::move(listed).value() : std::vector<store::Song>{};
}

void CalendarPage::newRehearsal() {
    const std::vector<store::Song> songs = bandSongs();
    store::Event draft;
    draft.bandId = context().bandId();
    const QDate chosen = m_calendar->selectedDate();
    if (chosen.isValid() && chosen >= QDate::currentDate())
        draft.startsAt = QDateTime(chosen, QTime(20, 0)).toString(Qt::ISODate);
    auto* dialog = new RehearsalDialog(
        draft, songs, [this](const store::Event& e) { return saveEvent(e); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CalendarPage::deleteEvent() {
    const qint64 id = selectedEvent();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Delete the date"),
                              tr("Delete this date, its answers and its attendance?")) !=
        QMessageBox::Yes)
        return;
    report(store::EventRepository(context().db()).remove(context().actor(), id));
}

store::Status CalendarPage::exportIcs(const QString& file) {
    // The whole agenda: a phone keeps past rehearsals too, and UIDs stay stable across exports.
    auto bytes = store::CalendarIcs::forBand(context().db(), context().bandId(), QDate(1970, 1, 1),
                                             QDate(2999, 12, 31));
    if (!bytes.ok())
        return bytes.error();
    return store::CalendarIcs::write(bytes.value(), file);
}

void CalendarPage::exportIcsAs() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("%1 agenda.ics")
            .arg(context().band().name.isEmpty() ? tr("Band") : context().band().name));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export to calendar"), suggested,
                                                      tr("iCalendar files (*.ics)"));
    if (file.isEmpty())
        return;
    const store::Status done = exportIcs(file);
    if (!done.ok()) {
        showError(BandContext::describe(done.error()));
        return;
    }
    showError({});
    QMessageBox::information(this, tr("Export to calendar"),
                             tr("Saved %1.\nOpen it on your phone or in your calendar program to "
                                "add the band's dates.")
                                 .arg(QDir::toNativeSeparators(file)));
}

} // namespace oscalis::ui::band
