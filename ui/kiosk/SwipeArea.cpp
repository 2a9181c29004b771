#include "ui/kiosk/SwipeArea.h"

#include <QAbstractButton>
#include <QTouchEvent>
#include <QWidget>

#include <cmath>

namespace oscalis::ui::kiosk {

SwipeArea::SwipeArea(QWidget* area) : QObject(area), m_area(area) {
    area->setAttribute(Qt::WA_AcceptTouchEvents);
    area->installEventFilter(this);
}

bool SwipeArea::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_area)
        return false;
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto* touch = static_cast<QTouchEvent*>(event);
        for (const QEventPoint& point : touch->points()) {
            if (m_touchId < 0 && point.state() == QEventPoint::Pressed) {
                m_touchId = point.id();
                m_start = point.position();
            } else if (point.id() == m_touchId && point.state() == QEventPoint::Released) {
                m_touchId = -1;
                finish(point.position());
            }
        }
        event->accept();
        return true;
    }
    case QEvent::TouchCancel:
        m_touchId = -1;
        event->accept();
        return true;
    default:
        return false;
    }
}

void SwipeArea::finish(QPointF end) {
    const QPointF moved = end - m_start;
    if (std::abs(moved.x()) < kTapSlop && std::abs(moved.y()) < kTapSlop) {
        // A tap: the buttons under a finger get their click (touch reached us, not them).
        QWidget* under = m_area->childAt(end.toPoint());
        for (QWidget* w = under; w && w != m_area; w = w->parentWidget()) {
            if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                if (button->isEnabled())
                    button->click();
                return;
            }
        }
        return;
    }
    if (std::abs(moved.x()) >= kSwipeDistance && std::abs(moved.x()) > 2 * std::abs(moved.y())) {
        if (moved.x() < 0)
            Q_EMIT swipedToNext();
        else
            Q_EMIT swipedToPrevious();
    }
}

} // namespace oscalis::ui::kiosk
