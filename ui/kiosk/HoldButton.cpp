#include "ui/kiosk/HoldButton.h"

#include <QPainter>

#include <algorithm>

namespace oscalis::ui::kiosk {

HoldButton::HoldButton(Glyph glyph, const QString& toolTip, QWidget* parent)
    : TransportButton(glyph, toolTip, parent) {
    m_done.setSingleShot(true);
    m_done.setInterval(kHoldMs);
    m_repaint.setInterval(40);
    connect(&m_repaint, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    connect(&m_done, &QTimer::timeout, this, [this] {
        m_holding = false;
        m_repaint.stop();
        update();
        Q_EMIT activated();
    });
    connect(this, &QAbstractButton::pressed, this, &HoldButton::onPressed);
    connect(this, &QAbstractButton::released, this, &HoldButton::onReleased);
    connect(this, &QAbstractButton::clicked, this, [this] {
        if (!m_holdRequired)
            Q_EMIT activated();
    });
}

void HoldButton::setHoldRequired(bool required) {
    m_holdRequired = required;
    if (!required && m_holding) {
        m_holding = false;
        m_done.stop();
        m_repaint.stop();
    }
    update();
}

double HoldButton::holdProgress() const {
    return m_holding ? std::clamp(double(m_since.elapsed()) / kHoldMs, 0.0, 1.0) : 0.0;
}

void HoldButton::onPressed() {
    if (!m_holdRequired)
        return;
    m_holding = true;
    m_since.start();
    m_done.start();
    m_repaint.start();
}

void HoldButton::onReleased() {
    if (!m_holding)
        return;
    m_holding = false;
    m_done.stop();
    m_repaint.stop();
    update();
    Q_EMIT holdTooShort();
}

void HoldButton::paintEvent(QPaintEvent* event) {
    TransportButton::paintEvent(event);
    if (!m_holdRequired)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(width(), height()) - 10.0;
    const QRectF ring((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    p.setPen(QPen(QColor(0xff, 0x6a, 0x66, 90), 4.0));
    p.drawEllipse(ring);
    if (m_holding) {
        p.setPen(QPen(QColor(0xff, 0x6a, 0x66), 6.0, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(ring, 90 * 16, -int(holdProgress() * 360 * 16));
    }
}

} // namespace oscalis::ui::kiosk
