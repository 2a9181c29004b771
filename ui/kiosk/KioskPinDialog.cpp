#include "ui/kiosk/KioskPinDialog.h"

#include "auth/KioskPins.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace oscalis::ui::kiosk {

KioskPinDialog::KioskPinDialog(store::Database& db, const auth::Actor& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor) {
    setObjectName(QStringLiteral("kioskPinDialog"));
    setWindowTitle(tr("Set my kiosk PIN"));
    auto* column = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The PIN you type at the rehearsal-room kiosk to act in your own name: %1 to %2 "
           "digits. An administrator's PIN also unlocks the kiosk. It is kept only in a "
           "protected (hashed) form.")
            .arg(auth::KioskPins::kMinDigits)
            .arg(auth::KioskPins::kMaxDigits),
        this);
    intro->setWordWrap(true);
    column->addWidget(intro);
    auto* form = new QFormLayout;
    const auto digitsOnly = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(auth::KioskPins::kMaxDigits)), this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("pinAgainEdit"));
    for (QLineEdit* e : {m_pin, m_again}) {
        e->setEchoMode(QLineEdit::Password);
        e->setValidator(digitsOnly);
    }
    form->addRow(tr("&PIN:"), m_pin);
    form->addRow(tr("&Again:"), m_again);
    column->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #ff8a80;"));
    column->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &KioskPinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    setMinimumWidth(420);
}

QString KioskPinDialog::error() const {
    return m_error->text();
}

void KioskPinDialog::accept() {
    if (m_pin->text() != m_again->text()) {
        m_error->setText(tr("The two PINs differ; type the same PIN twice."));
        return;
    }
    const store::Status done = auth::KioskPins(m_db).setPin(m_actor, m_actor.userId, m_pin->text());
    if (!done.ok()) {
        m_error->setText(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace oscalis::ui::kiosk
