#include "ui/band/BandChoiceDialog.h"

#include "store/BandRepository.h"
#include "ui/band/BandContext.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace oscalis::ui::band {

BandChoiceDialog::BandChoiceDialog(BandContext& context, QWidget* parent)
    : FormDialog(tr("Your band"), parent), m_context(context) {
    setObjectName(QStringLiteral("bandChoiceDialog"));
    setIntro(context.bands().empty()
                 ? tr("You are not in a band yet. Create your band (you become its leader and get "
                      "an invite code to give the others), or type the invite code a bandmate "
                      "gave you.")
                 : tr("Create another band, or join one with the invite code a bandmate gave "
                      "you."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("bandName"));
    m_name->setPlaceholderText(tr("e.g. Les Tilleuls"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("inviteCode"));
    m_code->setPlaceholderText(tr("e.g. K7QM-4XPA"));
    form()->addRow(tr("Create your band"), m_name);
    form()->addRow(tr("…or join with an invite code"), m_code);
    okButton()->setText(tr("Continue"));
    connect(m_code, &QLineEdit::textChanged, this, [this](const QString& code) {
        okButton()->setText(code.trimmed().isEmpty() ? tr("Create the band") : tr("Join"));
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (m_code->text().trimmed().isEmpty())
            okButton()->setText(tr("Create the band"));
    });
}

store::Status BandChoiceDialog::submit() {
    store::BandRepository bands(m_context.db());
    qint64 opened = 0;
    if (!m_code->text().trimmed().isEmpty()) {
        auto joined = bands.joinByInviteCode(m_context.actor(), m_code->text());
        if (!joined.ok())
            return joined.error();
        opened = joined->bandId;
    } else {
        if (m_name->text().trimmed().isEmpty())
            return store::Error::invalid(
                tr("Type a name for your band, or the invite code you were given."));
        auto created = bands.create(m_context.actor(), m_name->text().trimmed());
        if (!created.ok())
            return created.error();
        opened = created->id;
    }
    m_context.reload();
    m_context.openBand(opened);
    return {};
}

} // namespace oscalis::ui::band
