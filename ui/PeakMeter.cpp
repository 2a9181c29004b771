#include "ui/PeakMeter.h"

#include "reaper/FaderTaper.h"
#include "ui/MeterClock.h"
#include "ui/Theme.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace oscalis::ui {

namespace {
constexpr double kLampHeight = 7.0;
constexpr double kGap = 3.0;
const double kClipValue = reaper::meter::dbToValue(0.0);
} // namespace

PeakMeter::PeakMeter(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("peakMeter"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Peak meter; click to reset the clip lamp"));
    MeterClock::instance().add(this);
}

PeakMeter::~PeakMeter() {
    MeterClock::instance().remove(this);
}

void PeakMeter::setLevels(float left, float right) {
    const qint64 now = MeterClock::instance().nowMs();
    m_lastLevelsMs = now;
    const std::array<float, 2> values{std::clamp(left, 0.0f, 1.0f), std::clamp(right, 0.0f, 1.0f)};
    bool clip = false;
    for (std::size_t c = 0; c < 2; ++c) {
        m_level[c] = values[c];
        if (values[c] >= m_hold[c]) {
            m_hold[c] = values[c];
            m_holdSinceMs[c] = now;
        }
        clip = clip || values[c] >= kClipValue - 1e-6;
    }
    if (clip && !m_clipped) {
        m_clipped = true;
        Q_EMIT clipChanged(true);
    }
    m_dirty = true;
    MeterClock::instance().wake();
}

bool PeakMeter::frame(qint64 now) {
    const double dt = double(now - m_lastFrameMs) / 1000.0;
    m_lastFrameMs = now;
    bool falling = false;
    bool holdMoved = false;
    const double pixel = 1.0 / std::max(1, height());
    for (std::size_t c = 0; c < 2; ++c) {
        if (m_hold[c] <= m_level[c])
            continue;
        if (now - m_holdSinceMs[c] >= kHoldMs) {
            const double before = m_hold[c];
            m_hold[c] = std::max(double(m_level[c]), m_hold[c] - kFallPerSecond * dt);
            holdMoved = holdMoved || before - m_hold[c] >= pixel;
        }
        falling = falling || m_hold[c] > m_level[c];
    }
    // While values stream in, a falling hold rides along with their repaints; only a meter
    // REAPER has stopped updating repaints for its hold alone.
    const bool streaming = now - m_lastLevelsMs < 3 * MeterClock::kFrameMs;
    if (m_dirty || (holdMoved && !streaming)) {
        m_dirty = false;
        update();
    }
    return falling;
}

void PeakMeter::resetClip() {
    if (!m_clipped)
        return;
    m_clipped = false;
    update();
    Q_EMIT clipChanged(false);
}

void PeakMeter::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        resetClip();
    event->accept();
}

void PeakMeter::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    p.setRenderHint(QPainter::Antialiasing);

    const QRectF lamp(0.5, 0.5, width() - 1.0, kLampHeight);
    p.setPen(QPen(QColor(0x10, 0x10, 0x12), 1.0));
    p.setBrush(m_clipped ? theme::meterClip() : QColor(0x3a, 0x1c, 0x1c));
    p.drawRoundedRect(lamp, 2, 2);

    const double top = kLampHeight + kGap;
    const double h = std::max(1.0, height() - top);
    const double barWidth = (width() - 1.0) / 2.0;
    const double midStart = reaper::meter::dbToValue(-18.0);
    const double highStart = reaper::meter::dbToValue(-6.0);
    const auto yOf = [&](double v) { return top + (1.0 - v) * h; };

    for (std::size_t c = 0; c < 2; ++c) {
        const double x = double(c) * (barWidth + 1.0);
        p.setPen(Qt::NoPen);
        p.setBrush(theme::groove());
        p.drawRect(QRectF(x, top, barWidth, h));
        const double v = m_level[c];
        // Colour zones are fixed along the scale, as on a hardware meter.
        const auto zone = [&](double from, double to, const QColor& colour) {
            const double a = std::min(v, from), b = std::min(v, to);
            if (b > a)
                p.fillRect(QRectF(x, yOf(b), barWidth, yOf(a) - yOf(b)), colour);
        };
        zone(0.0, midStart, theme::meterLow());
        zone(midStart, highStart, theme::meterMid());
        zone(highStart, kClipValue, theme::meterHigh());
        zone(kClipValue, 1.0, theme::meterClip());
        if (m_hold[c] > 0.005) {
            const double hv = m_hold[c];
            const QColor colour = hv >= kClipValue  ? theme::meterClip()
                                  : hv >= highStart ? theme::meterHigh()
                                                    : theme::text();
            p.fillRect(QRectF(x, yOf(hv) - 1.0, barWidth, 2.0), colour);
        }
    }
    // 0 dB and -18 dB marks across both bars.
    p.setPen(QPen(QColor(255, 255, 255, 70), 1.0));
    for (const double db : {0.0, -18.0})
        p.drawLine(QPointF(0, yOf(reaper::meter::dbToValue(db))),
                   QPointF(width(), yOf(reaper::meter::dbToValue(db))));
}

} // namespace oscalis::ui
