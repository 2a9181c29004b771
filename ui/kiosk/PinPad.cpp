#include "ui/kiosk/PinPad.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace oscalis::ui::kiosk {

namespace {
QPushButton* padKey(const QString& text, const QString& name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setFocusPolicy(Qt::NoFocus);
    b->setFixedSize(96, 72);
    QFont f = b->font();
    f.setPixelSize(28);
    b->setFont(f);
    return b;
}
} // namespace

PinPad::PinPad(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("pinPad"));
    setAttribute(Qt::WA_StyledBackground, true);
    auto* outer = new QVBoxLayout(this);
    outer->setAlignment(Qt::AlignCenter);
    auto* card = new QWidget(this);
    card->setObjectName(QStringLiteral("pinCard"));
    card->setAttribute(Qt::WA_StyledBackground, true);
    card->setStyleSheet(QStringLiteral("QWidget#pinCard { background: #22252a; border: 2px solid "
                                       "#4a9ee8; border-radius: 12px; }"));
    outer->addWidget(card, 0, Qt::AlignCenter);
    auto* column = new QVBoxLayout(card);
    column->setContentsMargins(24, 20, 24, 20);
    column->setSpacing(10);

    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("pinTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPixelSize(24);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    column->addWidget(m_title);

    m_dots = new QLabel(card);
    m_dots->setObjectName(QStringLiteral("pinDots"));
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setFixedHeight(44);
    QFont dotsFont = m_dots->font();
    dotsFont.setPixelSize(36);
    m_dots->setFont(dotsFont);
    column->addWidget(m_dots);

    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80; font-size: 16px;"));
    column->addWidget(m_message);

    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    for (int d = 0; d <= 9; ++d) {
        m_keys[d] = padKey(QString::number(d), QStringLiteral("pinKey%1").arg(d), card);
        connect(m_keys[d], &QPushButton::clicked, this, [this, d] { press(d); });
        if (d > 0)
            grid->addWidget(m_keys[d], (d - 1) / 3, (d - 1) % 3);
    }
    m_clear = padKey(tr("Clear"), QStringLiteral("pinClear"), card);
    m_ok = padKey(tr("OK"), QStringLiteral("pinOk"), card);
    grid->addWidget(m_clear, 3, 0);
    grid->addWidget(m_keys[0], 3, 1);
    grid->addWidget(m_ok, 3, 2);
    column->addLayout(grid);
    m_cancel = new QPushButton(tr("Cancel"), card);
    m_cancel->setObjectName(QStringLiteral("pinCancel"));
    m_cancel->setFocusPolicy(Qt::NoFocus);
    m_cancel->setMinimumHeight(56);
    QFont cancelFont = m_cancel->font();
    cancelFont.setPixelSize(22);
    m_cancel->setFont(cancelFont);
    column->addWidget(m_cancel);

    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_digits.clear();
        showDots();
    });
    connect(m_ok, &QPushButton::clicked, this, [this] {
        const QString pin = m_digits;
        m_digits.clear();
        showDots();
        Q_EMIT submitted(pin);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_digits.clear();
        hide();
        Q_EMIT cancelled();
    });
    hide();
}

void PinPad::ask(const QString& title) {
    m_title->setText(title);
    m_message->clear();
    m_digits.clear();
    showDots();
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    show();
    raise();
}

void PinPad::showError(const QString& message) {
    m_message->setText(message);
    m_digits.clear();
    showDots();
}

QString PinPad::title() const {
    return m_title->text();
}
QString PinPad::message() const {
    return m_message->text();
}

void PinPad::press(int digit) {
    if (m_digits.size() < kMaxDigits)
        m_digits.append(QChar(u'0' + digit));
    showDots();
}

void PinPad::showDots() {
    // The dots are big; the invitation is in the title's size.
    m_dots->setStyleSheet(m_digits.isEmpty() ? QStringLiteral("font-size: 22px; color: #a9b0b8;")
                                             : QStringLiteral("font-size: 36px;"));
    m_dots->setText(m_digits.isEmpty() ? tr("Enter the PIN")
                                       : QString(m_digits.size(), QChar(0x25CF)));
}

void PinPad::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 190)); // dims the kiosk behind the pad
}

} // namespace oscalis::ui::kiosk
