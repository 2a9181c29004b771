#pragma once

#include "store/Band.h"
#include "ui/band/FormDialog.h"

class QLineEdit;

namespace oscalis::ui::band {

class BandContext;

/// Changes a member's nickname in the band (shown instead of their name on the rehearsal grid)
/// and their instrument: one's own, or anyone's for a leader (BandRepository::updateMember
/// decides). GUI thread; owned by its parent (MembersPage).
class MemberDialog : public FormDialog {
    Q_OBJECT
public:
    MemberDialog(BandContext& context, const store::Membership& member, QWidget* parent = nullptr);

protected:
    store::Status submit() override;

private:
    BandContext& m_context;
    store::Membership m_member;
    QLineEdit* m_nickname = nullptr;
    QLineEdit* m_instrument = nullptr;
};

} // namespace oscalis::ui::band
