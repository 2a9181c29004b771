#include "ui/band/LoginDialog.h"

#include "auth/AccountService.h"
#include "ui/band/BandContext.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace oscalis::ui::band {

LoginDialog::LoginDialog(BandContext& context, QWidget* parent)
    : FormDialog(tr("Sign in to Oscalis"), parent), m_context(context) {
    setObjectName(QStringLiteral("loginDialog"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("User name"), m_username);
    form()->addRow(tr("Password"), m_password);
    okButton()->setText(tr("Sign in"));
    const QString last = QSettings().value(QLatin1String(kLastUserKey)).toString();
    m_username->setText(last);
    (last.isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::rememberUser(const QString& name) {
    QSettings().setValue(QLatin1String(kLastUserKey), name);
}

store::Status LoginDialog::submit() {
    const QString name = m_username->text().trimmed();
    auto actor =
        m_context.accounts().login(name, m_password->text(), auth::AccountService::kDesktopSource);
    if (!actor.ok()) {
        m_password->clear();
        m_password->setFocus();
        return actor.error();
    }
    rememberUser(name);
    m_actor = actor.value();
    return {};
}

} // namespace oscalis::ui::band
