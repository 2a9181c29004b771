#include "ui/band/BandBar.h"

#include "ui/band/BandChoiceDialog.h"
#include "ui/band/BandContext.h"
#include "ui/band/SignInFlow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace oscalis::ui::band {

BandBar::BandBar(BandContext& context, QWidget* parent) : QWidget(parent), m_context(context) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 2, 8, 2);
    m_bands = new QComboBox(this);
    m_bands->setObjectName(QStringLiteral("bandSwitcher"));
    m_bands->setMinimumWidth(180);
    m_bands->setToolTip(tr("The band whose pages you see"));
    m_join = new QPushButton(tr("Create or join a band…"), this);
    m_join->setObjectName(QStringLiteral("createOrJoinBand"));
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    m_user->setStyleSheet(QStringLiteral("color: #c8d0d8; padding: 0 6px;"));
    m_sign = new QPushButton(this);
    m_sign->setObjectName(QStringLiteral("signInOut"));
    row->addWidget(new QLabel(tr("Band"), this));
    row->addWidget(m_bands);
    row->addWidget(m_join);
    row->addStretch(1);
    row->addWidget(m_user);
    row->addWidget(m_sign);
    connect(m_bands, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_bands->itemData(index).toLongLong();
        if (id && id != m_context.bandId())
            m_context.openBand(id);
    });
    connect(m_join, &QPushButton::clicked, this, &BandBar::createOrJoin);
    connect(m_sign, &QPushButton::clicked, this, &BandBar::signInOrOut);
    connect(&context, &BandContext::userChanged, this, &BandBar::refresh);
    connect(&context, &BandContext::bandChanged, this, &BandBar::refresh);
    refresh();
}

void BandBar::refresh() {
    const QSignalBlocker quiet(m_bands);
    m_bands->clear();
    for (const auto& band : m_context.bands())
        m_bands->addItem(band.name, band.id);
    m_bands->setCurrentIndex(m_bands->findData(m_context.bandId()));
    if (m_bands->count() == 0)
        m_bands->setPlaceholderText(m_context.signedIn() ? tr("no band yet") : QString());
    m_bands->setVisible(m_context.signedIn());
    m_join->setVisible(m_context.signedIn());
    const auto& user = m_context.user();
    m_user->setText(m_context.signedIn()
                        ? tr("Signed in as %1")
                              .arg(user.displayName.isEmpty() ? user.username : user.displayName)
                        : tr("Not signed in"));
    m_sign->setText(m_context.signedIn() ? tr("Sign out") : tr("Sign in…"));
}

void BandBar::createOrJoin() {
    BandChoiceDialog dialog(m_context, window());
    dialog.exec();
}

void BandBar::signInOrOut() {
    if (m_context.signedIn())
        m_context.signOut();
    else
        SignInFlow::run(m_context, window());
}

} // namespace oscalis::ui::band
