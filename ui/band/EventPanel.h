#pragma once

#include "store/Event.h"
#include "store/Result.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace oscalis::ui::band {

class BandContext;

/// One event of the agenda: when and where, the songs to work on, every member's answer and
/// whether they came. The signed-in member answers with "I'll come" / "Maybe" / "I can't";
/// those the permission table lets mark attendance (leaders) tick who actually came, and those it
/// lets edit events press "Edit the rehearsal…" (the page opens the dialog).
/// GUI thread; owned by CalendarPage.
class EventPanel : public QWidget {
    Q_OBJECT
public:
    using Report = std::function<bool(const store::Status&)>;
    EventPanel(BandContext& context, Report report, QWidget* parent = nullptr);

    /// Shows eventId (0: nothing); songTitles gives the agenda's titles by song id.
    void setEvent(qint64 eventId, const QHash<qint64, QString>& songTitles);
    qint64 event() const { return m_event.id; }

    QListWidget* agenda() const { return m_agenda; }
    QTableWidget* members() const { return m_members; }
    /// "2 coming · 1 maybe · …".
    QString summaryText() const;

Q_SIGNALS:
    /// "Edit the rehearsal…" was pressed for eventId.
    void editRequested(qint64 eventId);

public Q_SLOTS:
    /// The signed-in member's answer; true when it was saved.
    bool answer(store::EventAnswer answer);
    /// Marks whether userId came (leaders); true when it was saved.
    bool markAttendance(qint64 userId, bool came);
    void refresh();

private:
    void attendanceEdited(QTableWidgetItem* item);

    BandContext& m_context;
    Report m_report;
    store::Event m_event;
    QHash<qint64, QString> m_titles;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_edit = nullptr;
    QListWidget* m_agenda = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_yes = nullptr;
    QPushButton* m_maybe = nullptr;
    QPushButton* m_no = nullptr;
    QTableWidget* m_members = nullptr;
};

/// "I'll come", "Maybe", "I can't" as the band reads it; "No answer yet" for nullopt.
QString eventAnswerText(std::optional<store::EventAnswer> answer);

} // namespace oscalis::ui::band
