#pragma once

#include "auth/Actor.h"
#include "ui/band/FormDialog.h"

class QLineEdit;

namespace oscalis::ui::band {

class BandContext;

/// Sign-in at the studio computer. Remembers the last user name (QSettings kLastUserKey) and
/// shows AccountService's refusals as they are worded (wrong password, "wait 2 minutes").
/// GUI thread; owned by its parent.
class LoginDialog : public FormDialog {
    Q_OBJECT
public:
    static constexpr const char* kLastUserKey = "band/lastUsername";

    explicit LoginDialog(BandContext& context, QWidget* parent = nullptr);

    /// Keeps name as the user the next sign-in offers first (the first-run dialog calls it too).
    static void rememberUser(const QString& name);

    /// The signed-in user, once the dialog was accepted.
    const auth::Actor& actor() const { return m_actor; }

protected:
    store::Status submit() override;

private:
    BandContext& m_context;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    auth::Actor m_actor;
};

} // namespace oscalis::ui::band
