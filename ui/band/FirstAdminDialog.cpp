#include "ui/band/FirstAdminDialog.h"

#include "auth/AccountService.h"
#include "ui/band/BandContext.h"
#include "ui/band/LoginDialog.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace oscalis::ui::band {

FirstAdminDialog::FirstAdminDialog(BandContext& context, QWidget* parent)
    : FormDialog(tr("Welcome to Oscalis"), parent), m_context(context) {
    setObjectName(QStringLiteral("firstAdminDialog"));
    setIntro(tr("This is the first start. Create the administrator account: it can create "
                "bands, add members and reset forgotten passwords."));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(tr("As the band knows you (optional)"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("User name"), m_username);
    form()->addRow(tr("Display name"), m_displayName);
    form()->addRow(tr("Password"), m_password);
    form()->addRow(tr("Password again"), m_repeat);
    okButton()->setText(tr("Create and sign in"));
    m_username->setFocus();
}

store::Status FirstAdminDialog::submit() {
    if (m_password->text() != m_repeat->text())
        return store::Error::invalid(tr("The two passwords are not the same. Type them again."));
    auth::AccountService& accounts = m_context.accounts();
    auto created = accounts.createFirstAdmin(m_username->text().trimmed(),
                                             m_displayName->text().trimmed(), m_password->text());
    if (!created.ok())
        return created.error();
    auto actor = accounts.login(m_username->text().trimmed(), m_password->text(),
                                auth::AccountService::kDesktopSource);
    if (!actor.ok())
        return actor.error();
    LoginDialog::rememberUser(m_username->text().trimmed());
    m_actor = actor.value();
    return {};
}

} // namespace oscalis::ui::band
