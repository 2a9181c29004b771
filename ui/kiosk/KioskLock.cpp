#include "ui/kiosk/KioskLock.h"

#include "auth/KioskPins.h"

namespace oscalis::ui::kiosk {

KioskLock::KioskLock(auth::KioskPins* pins, QObject* parent) : QObject(parent), m_pins(pins) {}

QString KioskLock::describe(Guarded what) {
    switch (what) {
    case Guarded::Unlock:
        return tr("Unlock the kiosk");
    case Guarded::LeaveKiosk:
        return tr("Leave kiosk mode");
    case Guarded::OpenSettings:
        return tr("Open the settings");
    case Guarded::Delete:
        return tr("Delete");
    case Guarded::StopRecording:
        return tr("Stop the recording");
    }
    return {};
}

void KioskLock::request(Guarded what, std::function<void(const auth::Actor&)> action) {
    if (m_admin) {
        if (action)
            action(*m_admin);
        return;
    }
    m_pending = std::move(action);
    Q_EMIT pinNeeded(describe(what));
}

store::Status KioskLock::enterPin(const QString& pin) {
    if (!m_pins)
        return store::Error::storage(
            tr("The band database is not open, so no PIN can be checked: the kiosk stays locked."));
    auto admin = m_pins->unlock(pin);
    if (!admin.ok())
        return admin.error();
    m_admin = *admin;
    Q_EMIT lockedChanged(false);
    auto action = std::move(m_pending);
    m_pending = nullptr;
    Q_EMIT requestFinished();
    if (action)
        action(*m_admin);
    return {};
}

void KioskLock::cancel() {
    m_pending = nullptr;
    Q_EMIT requestFinished();
}

void KioskLock::lock() {
    m_pending = nullptr;
    if (!m_admin)
        return;
    m_admin.reset();
    Q_EMIT lockedChanged(true);
}

} // namespace oscalis::ui::kiosk
