#include "ui/band/EventPanel.h"

#include "store/EventRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/CheckBoxes.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oscalis::ui::band {

namespace {
enum Column { Member, Answer, Came, ColumnCount };

QLabel* sectionLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 6px;"));
    return label;
}
} // namespace

QString eventAnswerText(std::optional<store::EventAnswer> answer) {
    if (!answer)
        return EventPanel::tr("No answer yet");
    switch (*answer) {
    case store::EventAnswer::Yes:
        return EventPanel::tr("I'll come");
    case store::EventAnswer::Maybe:
        return EventPanel::tr("Maybe");
    case store::EventAnswer::No:
        return EventPanel::tr("I can't");
    }
    return {};
}

EventPanel::EventPanel(BandContext& context, Report report, QWidget* parent)
    : QWidget(parent), m_context(context), m_report(std::move(report)) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_edit = new QPushButton(tr("Edit the rehearsal…"), this);
    m_edit->setObjectName(QStringLiteral("editEventButton"));
    m_edit->setToolTip(tr("Change the date, time, place or songs to work on"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_event.id)
            Q_EMIT editRequested(m_event.id);
    });
    m_agenda = new QListWidget(this);
    m_agenda->setObjectName(QStringLiteral("eventAgenda"));
    m_agenda->setMaximumHeight(140);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("eventSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    const auto makeAnswer = [this](const char* name, store::EventAnswer a) {
        auto* button = new QPushButton(eventAnswerText(a), this);
        button->setObjectName(QLatin1String(name));
        button->setCheckable(true);
        button->setStyleSheet(
            QStringLiteral("QPushButton:checked { background: #2e7d4f; color: white; "
                           "border: 1px solid #5fc48a; font-weight: 600; }"));
        connect(button, &QPushButton::clicked, this, [this, a] { answer(a); });
        return button;
    };
    m_yes = makeAnswer("answerYesButton", store::EventAnswer::Yes);
    m_maybe = makeAnswer("answerMaybeButton", store::EventAnswer::Maybe);
    m_no = makeAnswer("answerNoButton", store::EventAnswer::No);
    auto* answers = new QHBoxLayout;
    answers->addWidget(m_yes);
    answers->addWidget(m_maybe);
    answers->addWidget(m_no);
    answers->addStretch(1);

    m_members = new QTableWidget(0, ColumnCount, this);
    m_members->setObjectName(QStringLiteral("eventMembers"));
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Answer"), tr("Came")});
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->verticalHeader()->setVisible(false);
    m_members->setStyleSheet(visibleCheckBoxes(QStringLiteral("QTableWidget#eventMembers")));
    m_members->horizontalHeader()->setSectionResizeMode(Member, QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(Answer, QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setSectionResizeMode(Came, QHeaderView::ResizeToContents);

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_edit, 0, Qt::AlignTop);
    column->addLayout(heading);
    column->addWidget(m_details);
    column->addWidget(sectionLabel(tr("Songs to work on"), this));
    column->addWidget(m_agenda);
    column->addWidget(sectionLabel(tr("Your answer"), this));
    column->addLayout(answers);
    column->addWidget(sectionLabel(tr("Who comes, who came"), this));
    column->addWidget(m_summary);
    column->addWidget(m_members, 1);
    connect(m_members, &QTableWidget::itemChanged, this, &EventPanel::attendanceEdited);
    setEvent(0, {});
}

void EventPanel::setEvent(qint64 eventId, const QHash<qint64, QString>& songTitles) {
    m_titles = songTitles;
    m_event = {};
    if (eventId) {
        if (auto found = store::EventRepository(m_context.db()).find(eventId); found.ok())
            m_event = std::move(found).value();
    }
    refresh();
}

QString EventPanel::summaryText() const {
    return m_summary->text();
}

void EventPanel::refresh() {
    const bool shown = m_event.id != 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_agenda, m_yes, m_maybe, m_no, m_members})
        w->setEnabled(shown);
    m_edit->setVisible(shown && m_context.allows(auth::Action::EditEvent));
    m_agenda->clear();
    m_members->blockSignals(true);
    m_members->setRowCount(0);
    m_summary->clear();
    if (!shown) {
        m_title->setText(tr("Select a date in the list to see who comes."));
        m_details->clear();
        for (QPushButton* b : {m_yes, m_maybe, m_no})
            b->setChecked(false);
        m_members->blockSignals(false);
        return;
    }
    const QLocale locale;
    const QDateTime starts = QDateTime::fromString(m_event.startsAt, Qt::ISODate);
    m_title->setText(m_event.title);
    QStringList details{tr("%1, %2 – %3")
                            .arg(locale.toString(starts.date(), QLocale::LongFormat),
                                 starts.time().toString(QStringLiteral("HH:mm")),
                                 starts.addSecs(qint64(m_event.durationMin) * 60)
                                     .time()
                                     .toString(QStringLiteral("HH:mm")))};
    if (!m_event.place.isEmpty())
        details << m_event.place;
    const QDate replyBy = QDate::fromString(m_event.replyBy, Qt::ISODate);
    if (replyBy.isValid())
        details << tr("answer by %1").arg(locale.toString(replyBy, QLocale::ShortFormat));
    m_details->setText(details.join(QStringLiteral(" · ")));

    for (qint64 id : m_event.agenda)
        new QListWidgetItem(m_titles.value(id, tr("(a removed song)")), m_agenda);
    if (m_event.agenda.empty()) {
        auto* none = new QListWidgetItem(tr("No songs chosen"), m_agenda);
        none->setFlags(Qt::NoItemFlags);
    }

    const bool closed = replyBy.isValid() && QDate::currentDate() > replyBy;
    const bool mayAnswer = m_context.allows(auth::Action::AnswerOwnEvent) && !closed;
    const bool mayMark = m_context.allows(auth::Action::MarkAttendance);
    std::optional<store::EventAnswer> mine;
    auto summary = store::EventRepository(m_context.db()).summary(m_event.id);
    if (summary.ok()) {
        const store::AttendanceSummary& s = summary.value();
        m_summary->setText(
            tr("%1 coming · %2 maybe · %3 can't · %4 not answered yet")
                .arg(s.yes)
                .arg(s.maybe)
                .arg(s.no)
                .arg(s.unanswered) +
            (s.came.empty()
                 ? QString()
                 : tr(" · came: %1")
                       .arg(QStringList(s.came.begin(), s.came.end()).join(QStringLiteral(", ")))));
        for (const auto& line : s.lines) {
            if (line.userId == m_context.actor().userId)
                mine = line.answer;
            const int row = m_members->rowCount();
            m_members->insertRow(row);
            auto* name = new QTableWidgetItem(line.name);
            name->setData(Qt::UserRole, line.userId);
            m_members->setItem(row, Member, name);
            m_members->setItem(row, Answer, new QTableWidgetItem(eventAnswerText(line.answer)));
            auto* came = new QTableWidgetItem;
            came->setData(Qt::UserRole, line.userId);
            came->setFlags(mayMark ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                   : Qt::ItemIsEnabled);
            came->setCheckState(line.attended.value_or(false) ? Qt::Checked : Qt::Unchecked);
            came->setToolTip(mayMark ? tr("Tick who actually came")
                                     : tr("Leaders mark who actually came"));
            m_members->setItem(row, Came, came);
        }
    } else {
        m_summary->setText(BandContext::describe(summary.error()));
    }
    m_yes->setChecked(mine == store::EventAnswer::Yes);
    m_maybe->setChecked(mine == store::EventAnswer::Maybe);
    m_no->setChecked(mine == store::EventAnswer::No);
    for (QPushButton* b : {m_yes, m_maybe, m_no}) {
        b->setEnabled(mayAnswer);
        b->setToolTip(
            closed ? tr("Answers closed on %1").arg(locale.toString(replyBy, QLocale::ShortFormat))
                   : QString());
    }
    m_members->blockSignals(false);
}

bool EventPanel::answer(store::EventAnswer answer) {
    if (!m_event.id)
        return false;
    const bool saved = m_report(
        store::EventRepository(m_context.db()).answer(m_context.actor(), m_event.id, answer));
    refresh();
    return saved;
}

bool EventPanel::markAttendance(qint64 userId, bool came) {
    if (!m_event.id)
        return false;
    const bool saved = m_report(store::EventRepository(m_context.db())
                                    .markAttendance(m_context.actor(), m_event.id, userId, came));
    refresh();
    return saved;
}

void EventPanel::attendanceEdited(QTableWidgetItem* item) {
    if (item->column() != Came)
        return;
    const qint64 userId = item->data(Qt::UserRole).toLongLong();
    const bool came = item->checkState() == Qt::Checked;
    // refresh() rebuilds the table, item included: let the view finish with it first.
    QMetaObject::invokeMethod(
        this, [this, userId, came] { markAttendance(userId, came); }, Qt::QueuedConnection);
}

} // namespace oscalis::ui::band
