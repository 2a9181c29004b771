#pragma once

#include "ui/TransportButton.h"

#include <QElapsedTimer>
#include <QTimer>

namespace oscalis::ui::kiosk {

/// A transport button that can ask to be held: while hold is required, a tap does nothing but
/// say so (holdTooShort) and only a press held for kHoldMs activates it, with a ring filling
/// round the glyph meanwhile; otherwise a tap activates it. The kiosk's Stop button while
/// REAPER records. Owned by its bar; GUI thread only.
class HoldButton : public TransportButton {
    Q_OBJECT
public:
    static constexpr int kHoldMs = 1500;

    HoldButton(Glyph glyph, const QString& toolTip, QWidget* parent = nullptr);

    void setHoldRequired(bool required);
    bool holdRequired() const { return m_holdRequired; }
    /// 0..1 while a hold is under way.
    double holdProgress() const;

Q_SIGNALS:
    /// Tapped (hold not required) or held long enough.
    void activated();
    /// Let go before kHoldMs while a hold was required.
    void holdTooShort();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void onPressed();
    void onReleased();

    bool m_holdRequired = false;
    bool m_holding = false;
    QElapsedTimer m_since;
    QTimer m_done;
    QTimer m_repaint;
};

} // namespace oscalis::ui::kiosk
