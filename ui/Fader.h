#pragma once

#include "ui/HeldControl.h"

namespace oscalis::ui {

/// A vertical volume fader on REAPER's taper (0 dB at about 0.716 of the travel) with a dB
/// scale, painted in logical coordinates. Mouse drag, wheel (Shift/Ctrl for fine steps),
/// double-click for 0 dB, and its own touch point so several faders move at once.
/// While held (mouse or finger) model updates are kept aside and applied on release, so the
/// fader never fights the user. Owned by its ChannelStrip; GUI thread only.
class Fader : public HeldControl {
    Q_OBJECT
public:
    explicit Fader(QWidget* parent = nullptr);

    /// The centre of the cap in widget coordinates, for tests and touch targeting.
    QPoint capCentre() const;
    /// The widget y coordinate that shows `position`.
    double yForPosition(double position) const;

    /// The cap's size in pixels (default 26 × 34); the kiosk uses a wide cap for fingers.
    void setCapSize(QSizeF size);
    QSizeF capSize() const { return {m_capWidth, m_capHeight}; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void pressed(QPointF point) override;
    void dragged(QPointF point, bool fine) override;

private:
    double positionForY(double y) const;
    double travelTop() const;
    double travelBottom() const;
    double grooveX() const;

    double m_grabOffset = 0.0;
    double m_capWidth;
    double m_capHeight;
};

} // namespace oscalis::ui
