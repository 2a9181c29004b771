#include "ui/PanControl.h"

#include "reaper/FaderTaper.h"
#include "ui/Theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTouchEvent>
#include <QWheelEvent>

#include <algorithm>

namespace oscalis::ui {

namespace {
constexpr float kCoarseStep = 0.05f; // 10 %
constexpr float kFineStep = 0.005f;  // 1 %
} // namespace

PanControl::PanControl(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("panControl"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Pan: drag sideways or use the wheel; double-click to centre"));
}

QString PanControl::text() const
{
    if (m_held || m_modelText.isEmpty())
        return reaper::pan::format(m_position);
    return m_modelText;
}

void PanControl::setModel(float position, const QString& text)
{
    m_modelPosition = std::clamp(position, 0.0f, 1.0f);
    m_modelText = text;
    if (!m_held)
        m_position = m_modelPosition;
    update();
}

void PanControl::userSet(float position)
{
    m_position = std::clamp(position, 0.0f, 1.0f);
    update();
    Q_EMIT moved(m_position);
}

void PanControl::release()
{
    m_held = false;
    m_touchId = -1;
    m_position = m_modelPosition;
    update();
}

bool PanControl::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel: {
        event->accept();
        if (event->type() == QEvent::TouchCancel) {
            release();
            return true;
        }
        for (const QEventPoint& point : static_cast<QTouchEvent*>(event)->points()) {
            if (!m_held && point.state() == QEventPoint::Pressed) {
                m_held = true;
                m_touchId = point.id();
                m_lastX = point.position().x();
            } else if (point.id() == m_touchId) {
                if (point.state() == QEventPoint::Released) {
                    release();
                } else if (point.state() == QEventPoint::Updated) {
                    userSet(m_position + float((point.position().x() - m_lastX) / std::max(1, width())));
                    m_lastX = point.position().x();
                }
            }
        }
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

void PanControl::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_held)
        return QWidget::mousePressEvent(event);
    m_held = true;
    m_lastX = event->position().x();
    update();
}

void PanControl::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_held || m_touchId >= 0)
        return;
    const bool fine = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    const double dx = event->position().x() - m_lastX;
    m_lastX = event->position().x();
    userSet(m_position + float(dx / std::max(1, width()) * (fine ? 0.2 : 1.0)));
}

void PanControl::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_held && m_touchId < 0)
        release();
}

void PanControl::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        userSet(0.5f);
}

void PanControl::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    const int units = delta.y() != 0 ? delta.y() : delta.x();
    if (units == 0 || m_held)
        return event->ignore();
    const bool fine = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    // Wheel up pans right, as on most mixers.
    userSet(m_position + float(units) / 120.0f * (fine ? kFineStep : kCoarseStep));
    event->accept();
}

void PanControl::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF well = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(QColor(0x3a, 0x3f, 0x46), 1.0));
    p.setBrush(theme::groove());
    p.drawRoundedRect(well, 3, 3);

    // The text on top, a thin travel along the bottom edge so the two never overlap.
    const QRectF track(well.left() + 4, well.bottom() - 6, well.width() - 8, 3);
    const double centre = track.center().x();
    const double x = track.left() + double(m_position) * track.width();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x30, 0x34, 0x3a));
    p.drawRoundedRect(track, 1.5, 1.5);
    p.setBrush(m_held ? theme::accent().lighter(120) : theme::accent());
    p.drawRect(QRectF(std::min(centre, x), track.top(), std::abs(x - centre), track.height()));
    p.setBrush(theme::dimText());
    p.drawRect(QRectF(centre - 0.5, track.top() - 1, 1.0, track.height() + 2));
    p.setBrush(theme::text());
    p.drawRoundedRect(QRectF(x - 2.0, track.top() - 2, 4.0, track.height() + 4), 1.5, 1.5);

    QFont f = font();
    f.setPixelSize(10);
    f.setBold(true);
    p.setFont(f);
    p.setPen(m_held ? theme::accent().lighter(130) : theme::text());
    p.drawText(QRectF(well.left(), well.top() + 1, well.width(), well.height() - 8), Qt::AlignCenter, text());
}

} // namespace oscalis::ui
