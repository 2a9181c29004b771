#include "ui/band/RehearsalDialog.h"

#include "ui/band/CheckBoxes.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>

#include <set>

namespace oscalis::ui::band {

RehearsalDialog::RehearsalDialog(const store::Event& event, const std::vector<store::Song>& songs,
                                 Save save, QWidget* parent)
    : FormDialog(event.id ? tr("Edit the rehearsal") : tr("New rehearsal"), parent), m_event(event),
      m_save(std::move(save)) {
    setObjectName(QStringLiteral("rehearsalDialog"));
    m_title = new QLineEdit(event.title.isEmpty() ? tr("Rehearsal") : event.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    QDateTime starts = QDateTime::fromString(event.startsAt, Qt::ISODate);
    if (!starts.isValid())
        starts = QDateTime(QDate::currentDate().addDays(7), QTime(20, 0));
    m_date = new QDateEdit(starts.date(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_time = new QTimeEdit(starts.time(), this);
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0, 1440);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(event.durationMin);
    m_place = new QLineEdit(event.place, this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("e.g. Studio B, rue des Lilas"));
    m_hasReplyBy = new QCheckBox(tr("Ask for answers by"), this);
    m_hasReplyBy->setObjectName(QStringLiteral("hasReplyBy"));
    const QDate replyBy = QDate::fromString(event.replyBy, Qt::ISODate);
    m_hasReplyBy->setChecked(replyBy.isValid());
    m_replyBy = new QDateEdit(replyBy.isValid() ? replyBy : starts.date().addDays(-2), this);
    m_replyBy->setObjectName(QStringLiteral("replyBy"));
    m_replyBy->setCalendarPopup(true);
    m_replyBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_replyBy->setEnabled(m_hasReplyBy->isChecked());
    connect(m_hasReplyBy, &QCheckBox::toggled, m_replyBy, &QWidget::setEnabled);

    m_agenda = new QListWidget(this);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setMinimumHeight(160);
    // Rows tall enough for the whole box.
    m_agenda->setStyleSheet(visibleCheckBoxes(QStringLiteral("QListWidget#agenda")) +
                            QStringLiteral("QListWidget#agenda::item { padding: 3px 2px; }"));
    const std::set<qint64> chosen(event.agenda.begin(), event.agenda.end());
    for (const store::Song& song : songs) {
        const QString text =
            song.artist.isEmpty() ? song.title : tr("%1 — %2").arg(song.title, song.artist);
        auto* item = new QListWidgetItem(text, m_agenda);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.count(song.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, song.id);
    }
    if (songs.empty()) {
        auto* none = new QListWidgetItem(tr("No songs yet: add them on the Songs page."), m_agenda);
        none->setFlags(Qt::NoItemFlags);
    }

    form()->addRow(tr("Title"), m_title);
    form()->addRow(tr("Date"), m_date);
    form()->addRow(tr("Time"), m_time);
    form()->addRow(tr("Duration"), m_duration);
    form()->addRow(tr("Place"), m_place);
    form()->addRow(m_hasReplyBy, m_replyBy);
    form()->addRow(tr("Songs to work on"), m_agenda);
    okButton()->setText(event.id ? tr("Save") : tr("Plan the rehearsal"));
}

bool RehearsalDialog::tickSong(qint64 songId, bool on) {
    for (int i = 0; i < m_agenda->count(); ++i) {
        if (m_agenda->item(i)->data(Qt::UserRole).toLongLong() == songId) {
            m_agenda->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

store::Event RehearsalDialog::event() const {
    store::Event e = m_event;
    e.title = m_title->text().trimmed();
    e.startsAt = QDateTime(m_date->date(), m_time->time()).toString(Qt::ISODate);
    e.durationMin = m_duration->value();
    e.place = m_place->text().trimmed();
    e.replyBy = m_hasReplyBy->isChecked() ? m_replyBy->date().toString(Qt::ISODate) : QString();
    e.agenda.clear();
    for (int i = 0; i < m_agenda->count(); ++i) {
        const QListWidgetItem* item = m_agenda->item(i);
        if (item->checkState() == Qt::Checked)
            e.agenda.push_back(item->data(Qt::UserRole).toLongLong());
    }
    return e;
}

store::Status RehearsalDialog::submit() {
    return m_save(event());
}

} // namespace oscalis::ui::band
