#pragma once

#include "auth/Actor.h"
#include "ui/band/FormDialog.h"

class QLineEdit;

namespace oscalis::ui::band {

class BandContext;

/// First start: no account exists yet, so this creates the administrator (name, display name,
/// password twice) through AccountService and signs them in. GUI thread; owned by its parent.
class FirstAdminDialog : public FormDialog {
    Q_OBJECT
public:
    explicit FirstAdminDialog(BandContext& context, QWidget* parent = nullptr);

    /// The new administrator, once the dialog was accepted.
    const auth::Actor& actor() const { return m_actor; }

protected:
    store::Status submit() override;

private:
    BandContext& m_context;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    auth::Actor m_actor;
};

} // namespace oscalis::ui::band
