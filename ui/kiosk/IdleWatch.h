#pragma once

#include <QObject>
#include <QTimer>

namespace oscalis::ui::kiosk {

/// Says when nobody has touched the screen (or pressed a key, or clicked) for a while, so the
/// kiosk can go back to the shared band view. Watches every event of the application.
/// Owner: the KioskWindow; GUI thread only.
class IdleWatch : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 3;

    explicit IdleWatch(QObject* parent = nullptr);

    void setTimeout(int ms);
    int timeout() const { return m_timer.interval(); }
    /// Starts counting again from now (also done by every touch).
    void restart() { m_timer.start(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace oscalis::ui::kiosk
