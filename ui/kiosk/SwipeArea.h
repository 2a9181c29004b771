#pragma once

#include <QObject>
#include <QPointF>

class QWidget;

namespace oscalis::ui::kiosk {

/// Turns one finger's sideways swipe across a widget into "previous" / "next", and its tap into
/// a click on the button under it (the strips' headers select their track). Faders take their
/// own touch points, so fingers on faders never swipe. Installed on the mixer's strips area by
/// the KioskWindow; owned by that widget; GUI thread only.
class SwipeArea : public QObject {
    Q_OBJECT
public:
    /// How far a finger must travel sideways (px) for a swipe.
    static constexpr double kSwipeDistance = 120.0;
    /// A touch that moves less than this is a tap.
    static constexpr double kTapSlop = 24.0;

    explicit SwipeArea(QWidget* area);

Q_SIGNALS:
    /// The finger went right to left: show what comes next.
    void swipedToNext();
    /// The finger went left to right.
    void swipedToPrevious();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finish(QPointF end);

    QWidget* m_area;
    int m_touchId = -1;
    QPointF m_start;
};

} // namespace oscalis::ui::kiosk
