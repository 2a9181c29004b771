#pragma once

#include <QWidget>

namespace oscalis::ui {

/// A vertical volume fader on REAPER's taper (0 dB at about 0.716 of the travel) with a dB
/// scale, painted in logical coordinates. Mouse drag, wheel (Shift/Ctrl for fine steps),
/// double-click for 0 dB, and its own touch point so several faders move at once.
/// While held (mouse or finger) model updates are kept aside and applied on release, so the
/// fader never fights the user. Owned by its ChannelStrip; GUI thread only.
class Fader : public QWidget {
    Q_OBJECT
public:
    explicit Fader(QWidget* parent = nullptr);

    /// What the fader shows, 0..1.
    float position() const { return m_position; }
    /// The latest position the model reported (applied at once unless held).
    float modelPosition() const { return m_modelPosition; }
    /// True while the mouse or a finger holds the fader.
    bool isHeld() const { return m_mouseHeld || m_touchId >= 0; }
    /// A value from the model (REAPER or the Session); deferred while held.
    void setModelPosition(float position);
    /// The centre of the cap in widget coordinates, for tests and touch targeting.
    QPoint capCentre() const;
    /// The widget y coordinate that shows `position`.
    double yForPosition(double position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user moved the fader to `position`.
    void moved(float position);
    /// The user took hold of the fader (true) or let go (false).
    void heldChanged(bool held);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    bool handleTouch(QEvent* event);
    void grab(double y);
    void dragTo(double y);
    void userSet(float position);
    void setHeld(bool mouse, int touchId);
    double positionForY(double y) const;
    double travelTop() const;
    double travelBottom() const;
    double grooveX() const;

    float m_position = 0.716f;
    float m_modelPosition = 0.716f;
    bool m_mouseHeld = false;
    int m_touchId = -1;
    double m_grabOffset = 0.0;
};

} // namespace oscalis::ui
