#pragma once

#include "ui/band/FormDialog.h"

class QLineEdit;

namespace oscalis::ui::band {

class BandContext;

/// "Create your band" (a name: the user becomes its leader) or "Join with an invite code".
/// On success the new band is opened in the context. GUI thread; owned by its parent.
class BandChoiceDialog : public FormDialog {
    Q_OBJECT
public:
    explicit BandChoiceDialog(BandContext& context, QWidget* parent = nullptr);

protected:
    store::Status submit() override;

private:
    BandContext& m_context;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_code = nullptr;
};

} // namespace oscalis::ui::band
