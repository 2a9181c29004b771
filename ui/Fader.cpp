#include "ui/Fader.h"

#include "reaper/FaderTaper.h"
#include "ui/Theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace oscalis::ui {

namespace {
constexpr double kCapHeight = 34.0;
constexpr double kCapWidth = 26.0;
constexpr double kMargin = 4.0;
constexpr double kScaleWidth = 20.0;
constexpr float kCoarseStep = 0.02f; // about 1 dB around unity
constexpr float kFineStep = 0.002f;
constexpr std::array<double, 11> kTicksDb = {12, 6, 0, -6, -12, -18, -24, -30, -40, -60, -150};
} // namespace

Fader::Fader(QWidget* parent)
    : HeldControl({kCoarseStep, kFineStep, float(reaper::taper::kUnityPosition)},
                  float(reaper::taper::kUnityPosition), parent),
      m_capWidth(kCapWidth), m_capHeight(kCapHeight) {
    setObjectName(QStringLiteral("fader"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setToolTip(tr("Volume: drag, or use the wheel (Shift for fine steps); double-click for 0 dB"));
}

void Fader::setCapSize(QSizeF size) {
    m_capWidth = size.width();
    m_capHeight = size.height();
    updateGeometry();
    update();
}

QSize Fader::sizeHint() const {
    return {int(kScaleWidth + m_capWidth + 2), 320};
}
QSize Fader::minimumSizeHint() const {
    return {int(kScaleWidth + m_capWidth + 2), 140};
}

double Fader::travelTop() const {
    return kMargin + m_capHeight / 2.0;
}
double Fader::travelBottom() const {
    return std::max(travelTop() + 1.0, height() - kMargin - m_capHeight / 2.0);
}
double Fader::grooveX() const {
    return kScaleWidth + (width() - kScaleWidth) / 2.0;
}

double Fader::yForPosition(double position) const {
    return travelBottom() - std::clamp(position, 0.0, 1.0) * (travelBottom() - travelTop());
}

double Fader::positionForY(double y) const {
    return std::clamp((travelBottom() - y) / (travelBottom() - travelTop()), 0.0, 1.0);
}

QPoint Fader::capCentre() const {
    return QPointF(grooveX(), yForPosition(position())).toPoint();
}

void Fader::pressed(QPointF point) {
    const double y = point.y();
    const double capY = yForPosition(position());
    if (std::abs(y - capY) <= m_capHeight / 2.0) {
        m_grabOffset = y - capY; // take the cap where it was touched: no jump
    } else {
        m_grabOffset = 0.0;
        userSet(float(positionForY(y)));
    }
}

void Fader::dragged(QPointF point, bool) {
    userSet(float(positionForY(point.y() - m_grabOffset)));
}

void Fader::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double gx = grooveX();
    const double top = travelTop();
    const double bottom = travelBottom();

    // Scale: ticks across the groove, labels on the left; labels that would collide are skipped.
    QFont small = font();
    small.setPixelSize(9);
    p.setFont(small);
    const QFontMetricsF fm(small);
    double lastLabelY = -1e9;
    for (const double db : kTicksDb) {
        const double y = yForPosition(reaper::taper::dbToPosition(db));
        const bool unity = db == 0.0;
        p.setPen(QPen(unity ? theme::text() : theme::dimText().darker(130), unity ? 1.5 : 1.0));
        p.drawLine(QPointF(gx - m_capWidth / 2.0 + 2, y), QPointF(gx + m_capWidth / 2.0 - 2, y));
        if (std::abs(y - lastLabelY) < fm.height() - 1)
            continue;
        lastLabelY = y;
        const QString label = db <= reaper::taper::kFloorDb ? QStringLiteral("-∞")
                              : db > 0                      ? QStringLiteral("+%1").arg(db)
                                                            : QString::number(db);
        p.setPen(unity ? theme::text() : theme::dimText());
        p.drawText(QRectF(0, y - fm.height() / 2.0, kScaleWidth - 2, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // Groove.
    p.setPen(Qt::NoPen);
    p.setBrush(theme::groove());
    p.drawRoundedRect(QRectF(gx - 3, top - 2, 6, bottom - top + 4), 3, 3);
    p.setBrush(theme::accent().darker(160));
    const double capY = yForPosition(position());
    p.drawRoundedRect(QRectF(gx - 2, capY, 4, std::max(0.0, bottom - capY)), 2, 2);

    // Cap.
    const QRectF cap(gx - m_capWidth / 2.0, capY - m_capHeight / 2.0, m_capWidth, m_capHeight);
    QLinearGradient g(cap.topLeft(), cap.bottomLeft());
    const QColor base = isHeld() ? QColor(0x8a, 0x92, 0x9c) : QColor(0x6a, 0x70, 0x78);
    g.setColorAt(0.0, base.lighter(135));
    g.setColorAt(0.45, base);
    g.setColorAt(0.55, base.darker(120));
    g.setColorAt(1.0, base.darker(150));
    p.setBrush(g);
    p.setPen(QPen(QColor(0x10, 0x10, 0x12), 1.0));
    p.drawRoundedRect(cap, 3, 3);
    p.setPen(QPen(isHeld() ? theme::accent().lighter(130) : theme::text(), 2.0));
    p.drawLine(QPointF(cap.left() + 3, capY), QPointF(cap.right() - 3, capY));
}

} // namespace oscalis::ui
