#pragma once

#include <QWidget>

namespace oscalis::ui {

/// A one-value control (0..1) moved by the mouse, the wheel (Shift/Ctrl for fine steps), a
/// double-click (back to its reset value) and its own touch point, so several controls move at
/// once under several fingers. It never fights the user: while held, values from the model are
/// kept aside, and on release the control settles on the model's latest value.
/// Subclasses map pointer positions to values and paint. GUI thread only.
class HeldControl : public QWidget {
    Q_OBJECT
public:
    /// What the control shows, 0..1.
    float position() const { return m_position; }
    /// The latest value the model reported (shown at once unless held).
    float modelPosition() const { return m_modelPosition; }
    /// True while the mouse or a finger holds the control.
    bool isHeld() const { return m_mouseHeld || m_touchId >= 0; }
    /// A value from the model (REAPER or the Session); deferred while held.
    void setModelPosition(float position);

Q_SIGNALS:
    /// The user moved the control to `position`.
    void moved(float position);
    /// The user took hold of the control (true) or let go (false).
    void heldChanged(bool held);

protected:
    struct Steps {
        float coarse; ///< one wheel notch
        float fine;   ///< one wheel notch with Shift or Ctrl
        float reset;  ///< double-click value
    };
    HeldControl(Steps steps, float initial, QWidget* parent);

    /// A mouse button or finger took hold at `point` (widget coordinates).
    virtual void pressed(QPointF point) = 0;
    /// The holding mouse or finger moved to `point`; `fine` when Shift or Ctrl is down.
    virtual void dragged(QPointF point, bool fine) = 0;
    /// Sets the value as the user's own and announces it.
    void userSet(float position);

    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    bool handleTouch(QEvent* event);
    void setHeld(bool mouse, int touchId);

    Steps m_steps;
    float m_position;
    float m_modelPosition;
    bool m_mouseHeld = false;
    int m_touchId = -1;
};

} // namespace oscalis::ui
