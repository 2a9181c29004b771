#pragma once

#include <QString>
#include <QWidget>

namespace oscalis::ui {

/// A horizontal pan slider (0 left, 0.5 centre, 1 right) that shows REAPER's pan text in its
/// well. Drag, wheel (Shift/Ctrl for fine steps), double-click to centre; model updates wait
/// while it is held. Owned by its ChannelStrip; GUI thread only.
class PanControl : public QWidget {
    Q_OBJECT
public:
    explicit PanControl(QWidget* parent = nullptr);

    float position() const { return m_position; }
    bool isHeld() const { return m_held; }
    /// The text shown: REAPER's while idle (or the formatted position if it sent none).
    QString text() const;
    /// A value and REAPER's text from the model; deferred while held.
    void setModel(float position, const QString& text);

    QSize sizeHint() const override { return {72, 24}; }
    QSize minimumSizeHint() const override { return {48, 24}; }

Q_SIGNALS:
    void moved(float position);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void userSet(float position);
    void release();

    float m_position = 0.5f;
    float m_modelPosition = 0.5f;
    QString m_modelText;
    bool m_held = false;
    int m_touchId = -1;
    double m_lastX = 0.0;
};

} // namespace oscalis::ui
