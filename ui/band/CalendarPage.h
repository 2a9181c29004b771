#pragma once

#include "store/Event.h"
#include "store/Song.h"
#include "ui/band/BandPage.h"

#include <QHash>

class QCalendarWidget;
class QPushButton;
class QTableWidget;

namespace oscalis::ui::band {

class EventPanel;

/// The band's agenda: a month with the days that have a rehearsal in bold colour, the month's
/// events as a list, and the selected event's details, answers and attendance (EventPanel).
/// "New rehearsal…" plans one, "Edit the rehearsal…" (on the event) changes it; "Export to
/// calendar (.ics)…" writes the whole agenda for phones.
/// GUI thread; owned by MainWindow's page stack.
class CalendarPage : public BandPage {
    Q_OBJECT
public:
    CalendarPage(BandContext& context, QWidget* parent = nullptr);

    QCalendarWidget* calendar() const { return m_calendar; }
    QTableWidget* eventList() const { return m_list; }
    EventPanel* panel() const { return m_panel; }
    /// Shows the month of eventId and selects it; false if it is not in the agenda.
    bool selectEvent(qint64 eventId);
    /// The id of the event selected in the list, or 0.
    qint64 selectedEvent() const;

    /// Writes the band's whole agenda as an iCalendar file (the button asks where first).
    store::Status exportIcs(const QString& file);

public Q_SLOTS:
    void reload() override;
    void newRehearsal();
    /// Opens the selected event in the rehearsal dialog.
    void editEvent();
    void deleteEvent();
    void exportIcsAs();

private:
    void showSelected();
    void dayClicked(const QDate& day);
    store::Status saveEvent(const store::Event& event);
    std::vector<store::Song> bandSongs() const;

    QCalendarWidget* m_calendar = nullptr;
    QTableWidget* m_list = nullptr;
    EventPanel* m_panel = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_export = nullptr;
    QHash<qint64, QString> m_titles;
};

} // namespace oscalis::ui::band
