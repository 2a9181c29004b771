#include "ui/band/MemberDialog.h"

#include "store/BandRepository.h"
#include "ui/band/BandContext.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace oscalis::ui::band {

MemberDialog::MemberDialog(BandContext& context, const store::Membership& member, QWidget* parent)
    : FormDialog(member.userId == context.actor().userId ? tr("Your nickname and instrument")
                                                         : tr("Nickname and instrument"),
                 parent),
      m_context(context), m_member(member) {
    setObjectName(QStringLiteral("memberDialog"));
    const QString name = member.displayName.isEmpty() ? member.username : member.displayName;
    setIntro(member.userId == context.actor().userId
                 ? tr("How the band calls you, and what you play in %1.").arg(context.band().name)
                 : tr("How the band calls %1, and what they play in %2.")
                       .arg(name, context.band().name));
    m_nickname = new QLineEdit(member.nickname, this);
    m_nickname->setObjectName(QStringLiteral("nickname"));
    m_nickname->setPlaceholderText(tr("e.g. %1 (empty: the name)").arg(name));
    m_instrument = new QLineEdit(member.instrument, this);
    m_instrument->setObjectName(QStringLiteral("instrument"));
    m_instrument->setPlaceholderText(tr("e.g. bass, vocals"));
    form()->addRow(tr("Nickname"), m_nickname);
    form()->addRow(tr("Instrument"), m_instrument);
    okButton()->setText(tr("Save"));
}

store::Status MemberDialog::submit() {
    return store::BandRepository(m_context.db())
        .updateMember(m_context.actor(), m_member.bandId, m_member.userId, m_nickname->text(),
                      m_instrument->text());
}

} // namespace oscalis::ui::band
