#pragma once

#include "ui/HeldControl.h"

#include <QString>

namespace oscalis::ui {

/// A horizontal pan slider (0 left, 0.5 centre, 1 right) that shows REAPER's pan text in its
/// well. Drag, wheel (Shift/Ctrl for fine steps), double-click to centre; model updates wait
/// while it is held. Owned by its ChannelStrip; GUI thread only.
class PanControl : public HeldControl {
    Q_OBJECT
public:
    explicit PanControl(QWidget* parent = nullptr);

    /// The text shown: REAPER's while idle (or the formatted position if it sent none).
    QString text() const;
    /// A value and REAPER's text from the model; deferred while held.
    void setModel(float position, const QString& text);

    QSize sizeHint() const override { return {72, 24}; }
    QSize minimumSizeHint() const override { return {48, 24}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void pressed(QPointF point) override;
    void dragged(QPointF point, bool fine) override;

private:
    QString m_modelText;
    double m_lastX = 0.0;
};

} // namespace oscalis::ui
