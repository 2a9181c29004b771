#include "ui/kiosk/IdleWatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace oscalis::ui::kiosk {

IdleWatch::IdleWatch(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::idle);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void IdleWatch::setTimeout(int ms) {
    m_timer.setInterval(ms);
    m_timer.start();
}

bool IdleWatch::eventFilter(QObject*, QEvent* event) {
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_timer.start();
        break;
    default:
        break;
    }
    return false;
}

} // namespace oscalis::ui::kiosk
