#include "ui/HeldControl.h"

#include <QMouseEvent>
#include <QTouchEvent>
#include <QWheelEvent>

#include <algorithm>

namespace oscalis::ui {

HeldControl::HeldControl(Steps steps, float initial, QWidget* parent)
    : QWidget(parent), m_steps(steps), m_position(initial), m_modelPosition(initial) {
    setAttribute(Qt::WA_AcceptTouchEvents);
    setFocusPolicy(Qt::NoFocus);
}

void HeldControl::setModelPosition(float position) {
    m_modelPosition = std::clamp(position, 0.0f, 1.0f);
    if (isHeld() || m_position == m_modelPosition)
        return;
    m_position = m_modelPosition;
    update();
}

void HeldControl::userSet(float position) {
    position = std::clamp(position, 0.0f, 1.0f);
    if (position != m_position) {
        m_position = position;
        update();
    }
    Q_EMIT moved(m_position);
}

void HeldControl::setHeld(bool mouse, int touchId) {
    const bool before = isHeld();
    m_mouseHeld = mouse;
    m_touchId = touchId;
    const bool now = isHeld();
    if (before == now)
        return;
    if (!now) // let go: settle on what the model says now (REAPER may have moved it meanwhile)
        m_position = m_modelPosition;
    update();
    Q_EMIT heldChanged(now);
}

bool HeldControl::event(QEvent* event) {
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        return handleTouch(event);
    default:
        return QWidget::event(event);
    }
}

bool HeldControl::handleTouch(QEvent* event) {
    event->accept();
    if (event->type() == QEvent::TouchCancel) {
        setHeld(m_mouseHeld, -1);
        return true;
    }
    for (const QEventPoint& point : static_cast<QTouchEvent*>(event)->points()) {
        if (m_touchId < 0 && point.state() == QEventPoint::Pressed && !m_mouseHeld) {
            // The first finger on this control drives it; other fingers on it are ignored.
            setHeld(false, point.id());
            pressed(point.position());
        } else if (point.id() == m_touchId) {
            if (point.state() == QEventPoint::Released)
                setHeld(m_mouseHeld, -1);
            else if (point.state() == QEventPoint::Updated)
                dragged(point.position(), false);
        }
    }
    return true;
}

void HeldControl::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || isHeld())
        return QWidget::mousePressEvent(event);
    setHeld(true, -1);
    pressed(event->position());
}

void HeldControl::mouseMoveEvent(QMouseEvent* event) {
    if (m_mouseHeld)
        dragged(event->position(), event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier));
}

void HeldControl::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && m_mouseHeld)
        setHeld(false, m_touchId);
}

void HeldControl::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        userSet(m_steps.reset);
}

void HeldControl::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    const int units = delta.y() != 0 ? delta.y() : delta.x();
    if (isHeld() || units == 0)
        return event->ignore();
    const bool fine = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    userSet(m_position + float(units) / 120.0f * (fine ? m_steps.fine : m_steps.coarse));
    event->accept();
}

} // namespace oscalis::ui
