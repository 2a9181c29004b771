#pragma once

#include "auth/Actor.h"
#include "store/Result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace oscalis::auth {
class KioskPins;
}

namespace oscalis::ui::kiosk {

/// The kiosk's lock. Locked (the default), the actions that could do harm wait for an
/// administrator's PIN: leaving kiosk mode, opening the settings, deleting anything and stopping
/// a recording. The right PIN (auth::KioskPins::unlock, throttled) runs the waiting action and
/// leaves the kiosk unlocked, in that administrator's name, until lock() (the Lock button, or
/// the screen going idle). Without a band database nothing can be unlocked.
/// Owner: the KioskWindow; borrows the KioskPins (may be null); GUI thread only.
class KioskLock : public QObject {
    Q_OBJECT
public:
    enum class Guarded { Unlock, LeaveKiosk, OpenSettings, Delete, StopRecording };

    explicit KioskLock(auth::KioskPins* pins, QObject* parent = nullptr);

    /// The PINs to check (null: nothing can be unlocked).
    void setPins(auth::KioskPins* pins) { m_pins = pins; }
    bool isLocked() const { return !m_admin.has_value(); }
    /// The administrator who unlocked the kiosk (nullopt while locked).
    const std::optional<auth::Actor>& admin() const { return m_admin; }
    /// Runs action at once, with the administrator, when unlocked; else asks for the PIN
    /// (pinNeeded) and runs it once the right PIN is entered. A new request replaces a waiting one.
    void request(Guarded what, std::function<void(const auth::Actor&)> action);
    /// The PIN typed for the waiting request: an error to show, or success (the action ran).
    store::Status enterPin(const QString& pin);
    /// Forgets the waiting request (the PIN pad was closed).
    void cancel();
    /// Locks again.
    void lock();
    /// What `what` is, for the PIN pad's title ("Stop the recording").
    static QString describe(Guarded what);

Q_SIGNALS:
    void lockedChanged(bool locked);
    /// The PIN is needed for `reason`.
    void pinNeeded(const QString& reason);
    /// A request was granted or cancelled: the PIN pad can close.
    void requestFinished();

private:
    auth::KioskPins* m_pins;
    std::optional<auth::Actor> m_admin;
    std::function<void(const auth::Actor&)> m_pending;
};

} // namespace oscalis::ui::kiosk
