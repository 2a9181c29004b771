#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace oscalis::store {
class Database;
}

namespace oscalis::ui::kiosk {

/// "Set my kiosk PIN…" in the studio window: the signed-in person chooses the 4-to-8-digit PIN
/// they type at the kiosk (an administrator's also unlocks it), typed twice. Saved only as a
/// hash (auth::KioskPins); a refusal is shown in the dialog, which stays open.
/// Owner: whoever opens it (MainWindow); borrows the Database; GUI thread only.
class KioskPinDialog : public QDialog {
    Q_OBJECT
public:
    KioskPinDialog(store::Database& db, const auth::Actor& actor, QWidget* parent = nullptr);

    QString error() const;

public Q_SLOTS:
    void accept() override;

private:
    store::Database& m_db;
    auth::Actor m_actor;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_again = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace oscalis::ui::kiosk
