#include "ui/band/GigDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include <cmath>

namespace oscalis::ui::band {

QString gigStatusText(store::Gig::Status status) {
    switch (status) {
    case store::Gig::Status::Planned:
        return GigDialog::tr("Planned");
    case store::Gig::Status::Confirmed:
        return GigDialog::tr("Confirmed");
    case store::Gig::Status::Played:
        return GigDialog::tr("Played");
    case store::Gig::Status::Cancelled:
        return GigDialog::tr("Cancelled");
    }
    return {};
}

GigDialog::GigDialog(const store::Gig& gig, Save save, QWidget* parent)
    : FormDialog(gig.id ? tr("Edit the gig") : tr("New gig"), parent), m_gig(gig),
      m_save(std::move(save)) {
    setObjectName(QStringLiteral("gigDialog"));
    const auto make = [this](const char* name, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_name = make("name", gig.name);
    m_name->setPlaceholderText(tr("e.g. Fête de la musique"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate date = QDate::fromString(gig.date, Qt::ISODate);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
    m_venue = make("venue", gig.venue);
    m_address = make("address", gig.address);
    m_contact = make("contact", gig.contact);
    m_contact->setPlaceholderText(tr("Who to call on the day"));
    m_fee = new QDoubleSpinBox(this);
    m_fee->setObjectName(QStringLiteral("fee"));
    m_fee->setRange(0, 1000000);
    m_fee->setDecimals(2);
    m_fee->setSuffix(QStringLiteral(" €"));
    m_fee->setValue(double(gig.feeCents) / 100.0);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (auto s : {store::Gig::Status::Planned, store::Gig::Status::Confirmed,
                   store::Gig::Status::Played, store::Gig::Status::Cancelled})
        m_status->addItem(gigStatusText(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(gig.status)));
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Date"), m_date);
    form()->addRow(tr("Venue"), m_venue);
    form()->addRow(tr("Address"), m_address);
    form()->addRow(tr("Contact"), m_contact);
    form()->addRow(tr("Fee"), m_fee);
    form()->addRow(tr("Status"), m_status);
    okButton()->setText(gig.id ? tr("Save") : tr("Create the gig"));
}

store::Gig GigDialog::gig() const {
    store::Gig g = m_gig;
    g.name = m_name->text().trimmed();
    g.date = m_date->date().toString(Qt::ISODate);
    g.venue = m_venue->text().trimmed();
    g.address = m_address->text().trimmed();
    g.contact = m_contact->text().trimmed();
    g.feeCents = qint64(std::llround(m_fee->value() * 100.0));
    g.status = static_cast<store::Gig::Status>(m_status->currentData().toInt());
    return g;
}

store::Status GigDialog::submit() {
    return m_save(gig());
}

} // namespace oscalis::ui::band
