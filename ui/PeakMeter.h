#pragma once

#include <QWidget>

#include <array>

namespace oscalis::ui {

/// A stereo peak meter over REAPER's meter range (-60..+6 dB, linear in dB) with a peak hold
/// per channel (held ~1.5 s, then falling) and a clip lamp that latches when a channel reaches
/// 0 dB; a click resets it. New values are painted on the next frame of the shared MeterClock,
/// so 64 meters at the surface rate cost one repaint per frame. Owned by its ChannelStrip;
/// GUI thread only.
class PeakMeter : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 kHoldMs = 1500;
    /// How fast a released peak hold falls, in meter units (0..1) per second (~20 dB/s).
    static constexpr double kFallPerSecond = 0.3;

    explicit PeakMeter(QWidget* parent = nullptr);
    ~PeakMeter() override;

    /// New meter values 0..1 (REAPER's /vu/L and /vu/R).
    void setLevels(float left, float right);
    float level(int channel) const { return m_level[std::size_t(channel & 1)]; }
    float peakHold(int channel) const { return float(m_hold[std::size_t(channel & 1)]); }
    bool isClipped() const { return m_clipped; }
    void resetClip();
    /// A frame of the MeterClock: lets held peaks fall and repaints if anything shows
    /// differently. Returns true while the meter still needs frames.
    bool frame(qint64 nowMs);

    QSize sizeHint() const override { return {18, 320}; }
    QSize minimumSizeHint() const override { return {14, 120}; }

Q_SIGNALS:
    void clipChanged(bool clipped);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    std::array<float, 2> m_level{};
    std::array<double, 2> m_hold{};
    std::array<qint64, 2> m_holdSinceMs{};
    qint64 m_lastFrameMs = 0;
    qint64 m_lastLevelsMs = -1000000;
    bool m_clipped = false;
    bool m_dirty = false;
};

} // namespace oscalis::ui
