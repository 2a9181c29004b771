#pragma once

#include "store/Gig.h"
#include "ui/band/FormDialog.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace oscalis::ui::band {

/// Creates or edits a gig: name, date, venue, address, contact, fee, status.
/// GUI thread; owned by its parent.
class GigDialog : public FormDialog {
    Q_OBJECT
public:
    using Save = std::function<store::Status(const store::Gig&)>;
    GigDialog(const store::Gig& gig, Save save, QWidget* parent = nullptr);

    store::Gig gig() const;

protected:
    store::Status submit() override;

private:
    store::Gig m_gig;
    Save m_save;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_venue = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_contact = nullptr;
    QDoubleSpinBox* m_fee = nullptr;
    QComboBox* m_status = nullptr;
};

/// "Planned", "Confirmed"... as the band reads it.
QString gigStatusText(store::Gig::Status status);

} // namespace oscalis::ui::band
