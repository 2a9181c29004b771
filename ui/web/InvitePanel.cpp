#include "ui/web/InvitePanel.h"

#include "store/BandRepository.h"
#include "ui/band/BandContext.h"
#include "ui/web/JoinCard.h"

#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace oscalis::ui {

namespace {
constexpr int kColumns = 2;
/// Room for a QR code: big enough for a phone held at arm's length; smaller when there are more
/// than two addresses, so that two rows of them still fit a laptop's screen.
constexpr int kLargeQr = 240;
constexpr int kSmallQr = 180;

/// "AB:CD:…" (95 characters for SHA-256) on two lines, broken at a colon, so the dialog stays
/// narrow; every character stays where the browser shows it.
QString twoLines(const QString& fingerprint) {
    const int middle = fingerprint.size() / 2;
    const int colon = fingerprint.indexOf(QLatin1Char(':'), middle);
    if (fingerprint.size() < 48 || colon < 0)
        return fingerprint;
    return fingerprint.left(colon + 1) + QLatin1Char('\n') + fingerprint.mid(colon + 1);
}
} // namespace

InvitePanel::InvitePanel(band::BandContext* context, const JoinInfo& info, QWidget* parent)
    : QDialog(parent), m_context(context) {
    setObjectName(QStringLiteral("invitePanel"));
    setWindowTitle(tr("Invite bandmates"));

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(20, 16, 20, 14);
    column->setSpacing(12);
    // Always exactly as big as its contents: QR codes must never be squeezed, and the wrapped
    // lines (height for width) are counted, which a resizable top-level window gets wrong.
    column->setSizeConstraint(QLayout::SetFixedSize);
    auto* heading = new QLabel(tr("Bandmates join from their browser"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inviteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_cardBox = new QWidget(this);
    m_cardGrid = new QGridLayout(m_cardBox);
    m_cardGrid->setContentsMargins(0, 0, 0, 0);
    m_cardGrid->setSpacing(14);

    m_certificate = new QWidget(this);
    auto* certificate = new QVBoxLayout(m_certificate);
    certificate->setContentsMargins(0, 0, 0, 0);
    certificate->setSpacing(4);
    auto* certificateTitle = new QLabel(tr("Certificate fingerprint (SHA-256)"), m_certificate);
    certificateTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_fingerprint = new QLabel(m_certificate);
    m_fingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    m_fingerprint->setTextFormat(Qt::PlainText);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_fingerprint->setFocusPolicy(Qt::StrongFocus);
    QFont mono(QStringLiteral("DejaVu Sans Mono"), 10);
    mono.setStyleHint(QFont::Monospace);
    m_fingerprint->setFont(mono);
    auto* why = new QLabel(
        tr("The browser will warn that the connection is not private: the studio computer made "
           "its own certificate, so no authority vouches for it. Compare the fingerprint the "
           "browser shows in the certificate's details with this one; if they match, it really "
           "is the studio computer and it is safe to continue."),
        m_certificate);
    why->setWordWrap(true);
    why->setStyleSheet(QStringLiteral("color: #9aa4ae;"));
    certificate->addWidget(certificateTitle);
    certificate->addWidget(m_fingerprint);
    certificate->addWidget(why);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("inviteFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setVisible(false);

    // Plain buttons, not a QDialogButtonBox: its focus proxy would pull Tab back to its first
    // button instead of going round to the cards.
    auto* buttons = new QHBoxLayout;
    m_rotate = new QPushButton(tr("New invite code"), this);
    m_rotate->setObjectName(QStringLiteral("rotateInviteButton"));
    m_rotate->setAutoDefault(false);
    m_close =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogCloseButton), tr("Close"), this);
    m_close->setObjectName(QStringLiteral("dialogCloseButton"));
    m_close->setDefault(true);
    buttons->addWidget(m_rotate);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_rotate, &QPushButton::clicked, this, &InvitePanel::rotateCode);

    column->addWidget(heading);
    column->addWidget(m_status);
    column->addWidget(m_cardBox);
    column->addWidget(m_certificate);
    column->addWidget(m_feedback);
    column->addLayout(buttons);

    if (m_context) {
        connect(m_context, &band::BandContext::bandChanged, this, &InvitePanel::rebuild);
        connect(m_context, &band::BandContext::userChanged, this, &InvitePanel::rebuild);
    }
    setJoinInfo(info);
    m_close->setFocus(); // Enter or Escape close; Tab goes to the first card
}

QString InvitePanel::joinLink(const QString& address, const QString& inviteCode) {
    if (inviteCode.isEmpty())
        return address;
    return address + QStringLiteral("?invite=") + inviteCode;
}

QString InvitePanel::inviteCode() const {
    return m_context && m_context->signedIn() ? m_context->band().inviteCode : QString();
}

QString InvitePanel::statusText() const {
    return m_status->text();
}

QString InvitePanel::feedbackText() const {
    return m_feedback->isVisibleTo(this) ? m_feedback->text() : QString();
}

void InvitePanel::setJoinInfo(const JoinInfo& info) {
    m_info = info;
    rebuild();
}

void InvitePanel::rebuild() {
    const QString code = inviteCode();
    const bool band = m_context && m_context->signedIn() && m_context->bandId() != 0;
    QString status;
    if (m_info.running()) {
        status = tr("On the studio's network, bandmates scan a code with their phone's camera or "
                    "type an address in their browser.");
        status += QLatin1Char(' ');
        status += band ? tr("The link carries the invite code %1 of %2: new bandmates join the "
                            "band as they create their account.")
                             .arg(code, m_context->band().name)
                       : tr("Sign in and open a band to put its invite code in the link.");
    } else {
        status = m_info.error.isEmpty()
                     ? tr("The web server is off, so bandmates cannot join from a browser. Its "
                          "addresses and QR codes show here when it runs.")
                     : tr("The web server is not running, so bandmates cannot join from a "
                          "browser. %1")
                           .arg(m_info.error);
        if (band) {
            status += QLatin1Char(' ');
            status += tr("They can still join on this computer with the invite code %1 of %2.")
                          .arg(code, m_context->band().name);
        }
    }
    m_status->setText(status);
    m_status->setStyleSheet(m_info.running() ? QStringLiteral("font-size: 11pt;")
                                             : QStringLiteral("font-size: 11pt; color: #f0b429;"));

    for (JoinCard* card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    if (m_info.running()) {
        for (const QString& address : std::as_const(m_info.addresses)) {
            const int side = m_info.addresses.size() > kColumns ? kSmallQr : kLargeQr;
            auto* card = new JoinCard(address, joinLink(address, code), side, m_cardBox);
            const int index = int(m_cards.size());
            m_cardGrid->addWidget(card, index / kColumns, index % kColumns);
            connect(card, &JoinCard::copied, this, [this](const QString& link) {
                showFeedback(tr("Copied %1 to the clipboard.").arg(link), false);
            });
            m_cards.append(card);
        }
    }
    m_cardBox->setVisible(!m_cards.isEmpty());
    orderFocus();
    m_fingerprint->setText(twoLines(m_info.fingerprint));
    m_certificate->setVisible(m_info.running() && !m_info.fingerprint.isEmpty());

    m_rotate->setVisible(band);
    const bool mayRotate = band && m_context->allows(auth::Action::RotateInviteCode);
    m_rotate->setEnabled(mayRotate);
    m_rotate->setToolTip(mayRotate ? tr("Make a new code; the old one stops working at once.")
                                   : tr("Only a leader of the band can make a new invite code."));
}

void InvitePanel::orderFocus() {
    QList<QWidget*> order;
    for (JoinCard* card : std::as_const(m_cards))
        order += card->focusOrder();
    order += {m_fingerprint, m_rotate, m_close};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void InvitePanel::rotateCode() {
    if (!m_context || !m_context->bandId())
        return;
    auto code = store::BandRepository(m_context->db())
                    .rotateInviteCode(m_context->actor(), m_context->bandId());
    if (!code.ok()) {
        showFeedback(band::BandContext::describe(code.error()), true);
        return;
    }
    m_context->reload(); // every page and this panel read the new code
    showFeedback(tr("New invite code %1: the old one no longer works.").arg(code.value()), false);
}

void InvitePanel::showFeedback(const QString& text, bool problem) {
    m_feedback->setText(text);
    m_feedback->setStyleSheet(problem ? QStringLiteral("color: #ff6b6b; font-weight: 600;")
                                      : QStringLiteral("color: #9aa4ae;"));
    m_feedback->setVisible(!text.isEmpty());
}

} // namespace oscalis::ui
