#pragma once

#include <QObject>

#include <memory>

namespace oscalis::reaper {
class Session;
}

namespace oscalis::ui::kiosk {

class ScreenAwakePlatform;

/// Keeps the kiosk's screen from blanking while REAPER plays or records, and lets it blank again
/// when REAPER stops. The system call lives in one platform file (platform/ScreenAwake_*.cpp).
/// Owner: the KioskWindow; borrows the Session; GUI thread only.
class ScreenAwake : public QObject {
    Q_OBJECT
public:
    explicit ScreenAwake(const reaper::Session& session, QObject* parent = nullptr);
    ~ScreenAwake() override;

    /// REAPER plays or records, so the screen should stay on.
    bool wanted() const { return m_wanted; }
    /// The system agreed to keep the screen on.
    bool isHeld() const { return m_held; }
    /// Why the system did not agree (empty when it did, or was not asked).
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void heldChanged(bool held);

private:
    void update();

    const reaper::Session& m_session;
    std::unique_ptr<ScreenAwakePlatform> m_platform;
    bool m_wanted = false;
    bool m_held = false;
    QString m_problem;
};

} // namespace oscalis::ui::kiosk
