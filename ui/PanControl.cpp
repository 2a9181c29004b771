#include "ui/PanControl.h"

#include "reaper/FaderTaper.h"
#include "ui/Theme.h"

#include <QPainter>

#include <algorithm>

namespace oscalis::ui {

namespace {
constexpr float kCoarseStep = 0.05f; // 10 %
constexpr float kFineStep = 0.005f;  // 1 %
} // namespace

PanControl::PanControl(QWidget* parent)
    : HeldControl({kCoarseStep, kFineStep, 0.5f}, 0.5f, parent) {
    setObjectName(QStringLiteral("panControl"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Pan: drag sideways or use the wheel; double-click to centre"));
}

QString PanControl::text() const {
    if (isHeld() || m_modelText.isEmpty())
        return reaper::pan::format(position());
    return m_modelText;
}

void PanControl::setModel(float position, const QString& text) {
    if (text != m_modelText) {
        m_modelText = text;
        update();
    }
    setModelPosition(position);
}

void PanControl::pressed(QPointF point) {
    m_lastX = point.x();
}

void PanControl::dragged(QPointF point, bool fine) {
    // Relative: the pan moves by how far the pointer travels, wherever it was taken.
    const double dx = point.x() - m_lastX;
    m_lastX = point.x();
    userSet(position() + float(dx / std::max(1, width()) * (fine ? 0.2 : 1.0)));
}

void PanControl::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF well = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(QColor(0x3a, 0x3f, 0x46), 1.0));
    p.setBrush(theme::groove());
    p.drawRoundedRect(well, 3, 3);

    // The text on top, a thin travel along the bottom edge so the two never overlap.
    const QRectF track(well.left() + 4, well.bottom() - 6, well.width() - 8, 3);
    const double centre = track.center().x();
    const double x = track.left() + double(position()) * track.width();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x30, 0x34, 0x3a));
    p.drawRoundedRect(track, 1.5, 1.5);
    p.setBrush(isHeld() ? theme::accent().lighter(120) : theme::accent());
    p.drawRect(QRectF(std::min(centre, x), track.top(), std::abs(x - centre), track.height()));
    p.setBrush(theme::dimText());
    p.drawRect(QRectF(centre - 0.5, track.top() - 1, 1.0, track.height() + 2));
    p.setBrush(theme::text());
    p.drawRoundedRect(QRectF(x - 2.0, track.top() - 2, 4.0, track.height() + 4), 1.5, 1.5);

    QFont f = font();
    f.setPixelSize(10);
    f.setBold(true);
    p.setFont(f);
    p.setPen(isHeld() ? theme::accent().lighter(130) : theme::text());
    p.drawText(QRectF(well.left(), well.top() + 1, well.width(), well.height() - 8),
               Qt::AlignCenter, text());
}

} // namespace oscalis::ui
