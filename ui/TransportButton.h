#pragma once

#include <QAbstractButton>
#include <QColor>

namespace oscalis::ui {

/// A button that paints its own transport glyph (play, stop, record, loop...) with QPainter, so
/// it stays sharp at any scale and needs no bitmaps. "Lit" shows a state REAPER reported (playing,
/// recording, loop on) in the glyph's accent colour. Owned by its bar; GUI thread only.
class TransportButton : public QAbstractButton {
    Q_OBJECT
public:
    enum class Glyph {
        Rewind,
        Forward,
        Stop,
        Play,
        Pause,
        Record,
        Loop,
        Click,
        PreviousMarker,
        NextMarker,
        PreviousBank,
        NextBank
    };

    TransportButton(Glyph glyph, const QString& toolTip, QWidget* parent = nullptr);

    Glyph glyph() const { return m_glyph; }
    void setLit(bool lit);
    bool isLit() const { return m_lit; }
    /// The colour of the glyph when lit (record: red, play: green, toggles: blue).
    void setAccent(const QColor& colour);

    QSize sizeHint() const override { return {42, 34}; }
    QSize minimumSizeHint() const override { return {32, 28}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void paintGlyph(QPainter& p, const QRectF& box, const QColor& colour) const;

    Glyph m_glyph;
    QColor m_accent;
    bool m_lit = false;
    bool m_hover = false;
};

} // namespace oscalis::ui
