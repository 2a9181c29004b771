#include "ui/TransportButton.h"

#include "ui/Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace oscalis::ui {

TransportButton::TransportButton(Glyph glyph, const QString& toolTip, QWidget* parent)
    : QAbstractButton(parent), m_glyph(glyph), m_accent(theme::accent()) {
    setToolTip(toolTip);
    setAccessibleName(toolTip);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    if (glyph == Glyph::Record)
        m_accent = theme::armOn();
    else if (glyph == Glyph::Play)
        m_accent = theme::playOn();
}

void TransportButton::setLit(bool lit) {
    if (lit == m_lit)
        return;
    m_lit = lit;
    update();
}

void TransportButton::setAccent(const QColor& colour) {
    m_accent = colour;
    update();
}

void TransportButton::enterEvent(QEnterEvent* event) {
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void TransportButton::leaveEvent(QEvent* event) {
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void TransportButton::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor fill = QColor(0x33, 0x37, 0x3d);
    if (m_lit)
        fill = QColor(m_accent.red() / 4 + 0x20, m_accent.green() / 4 + 0x20,
                      m_accent.blue() / 4 + 0x20);
    if (m_hover)
        fill = fill.lighter(125);
    if (isDown())
        fill = fill.darker(130);
    p.setPen(QPen(m_lit ? m_accent : QColor(0x45, 0x4a, 0x52), 1.0));
    p.setBrush(fill);
    p.drawRoundedRect(frame, 4, 4);

    QColor colour = m_lit ? m_accent.lighter(115) : theme::text();
    if (m_glyph == Glyph::Record && !m_lit)
        colour = m_accent; // record is always red, brighter when recording
    if (!isEnabled())
        colour = theme::dimText();
    const double side = std::min(frame.width(), frame.height()) * 0.5;
    paintGlyph(p, QRectF(frame.center().x() - side / 2, frame.center().y() - side / 2, side, side),
               colour);
}

void TransportButton::paintGlyph(QPainter& p, const QRectF& b, const QColor& c) const {
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    const auto triangle = [&](double left, double right, double top, double bottom,
                              bool pointsRight) {
        QPainterPath path;
        const double mid = (top + bottom) / 2;
        if (pointsRight) {
            path.moveTo(left, top);
            path.lineTo(right, mid);
            path.lineTo(left, bottom);
        } else {
            path.moveTo(right, top);
            path.lineTo(left, mid);
            path.lineTo(right, bottom);
        }
        path.closeSubpath();
        p.drawPath(path);
    };
    const double l = b.left(), r = b.right(), t = b.top(), bo = b.bottom(), w = b.width();
    switch (m_glyph) {
    case Glyph::Play:
        triangle(l + w * 0.12, r, t, bo, true);
        break;
    case Glyph::Stop:
        p.drawRoundedRect(b.adjusted(w * 0.08, w * 0.08, -w * 0.08, -w * 0.08), 1.5, 1.5);
        break;
    case Glyph::Pause:
        p.drawRect(QRectF(l + w * 0.1, t, w * 0.28, b.height()));
        p.drawRect(QRectF(r - w * 0.38, t, w * 0.28, b.height()));
        break;
    case Glyph::Record:
        p.drawEllipse(b.adjusted(w * 0.05, w * 0.05, -w * 0.05, -w * 0.05));
        break;
    case Glyph::Rewind:
        triangle(l, l + w / 2, t + w * 0.1, bo - w * 0.1, false);
        triangle(l + w / 2, r, t + w * 0.1, bo - w * 0.1, false);
        break;
    case Glyph::Forward:
        triangle(l, l + w / 2, t + w * 0.1, bo - w * 0.1, true);
        triangle(l + w / 2, r, t + w * 0.1, bo - w * 0.1, true);
        break;
    case Glyph::PreviousMarker:
        p.drawRect(QRectF(l, t, w * 0.16, b.height()));
        triangle(l + w * 0.2, r, t, bo, false);
        break;
    case Glyph::NextMarker:
        triangle(l, r - w * 0.2, t, bo, true);
        p.drawRect(QRectF(r - w * 0.16, t, w * 0.16, b.height()));
        break;
    case Glyph::PreviousBank:
    case Glyph::NextBank: {
        QPen pen(c, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const double x0 = l + w * 0.3, x1 = r - w * 0.3;
        QPainterPath path;
        if (m_glyph == Glyph::PreviousBank) {
            path.moveTo(x1, t + w * 0.05);
            path.lineTo(x0, b.center().y());
            path.lineTo(x1, bo - w * 0.05);
        } else {
            path.moveTo(x0, t + w * 0.05);
            path.lineTo(x1, b.center().y());
            path.lineTo(x0, bo - w * 0.05);
        }
        p.drawPath(path);
        break;
    }
    case Glyph::Loop: {
        QPen pen(c, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const QRectF loop = b.adjusted(0, w * 0.15, 0, -w * 0.15);
        QPainterPath path;
        path.moveTo(loop.center().x() + w * 0.05, loop.top());
        path.lineTo(loop.right() - w * 0.2, loop.top());
        path.arcTo(QRectF(loop.right() - w * 0.4, loop.top(), w * 0.4, loop.height()), 90, -180);
        path.lineTo(loop.left() + w * 0.2, loop.bottom());
        path.arcTo(QRectF(loop.left(), loop.top(), w * 0.4, loop.height()), 270, -180);
        path.lineTo(loop.center().x() - w * 0.15, loop.top());
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        triangle(loop.center().x() - w * 0.12, loop.center().x() + w * 0.14, loop.top() - w * 0.16,
                 loop.top() + w * 0.16, true);
        break;
    }
    case Glyph::Click: {
        // A metronome: a trapezoid body and a leaning pendulum.
        QPainterPath body;
        body.moveTo(l + w * 0.35, t);
        body.lineTo(r - w * 0.35, t);
        body.lineTo(r - w * 0.05, bo);
        body.lineTo(l + w * 0.05, bo);
        body.closeSubpath();
        p.setPen(QPen(c, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(body);
        p.drawLine(QPointF(b.center().x(), bo - w * 0.2), QPointF(r - w * 0.1, t + w * 0.1));
        break;
    }
    }
}

} // namespace oscalis::ui
