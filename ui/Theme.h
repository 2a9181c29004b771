#pragma once

#include <QColor>

class QApplication;

namespace oscalis::ui {

/// The studio's dark look: Fusion style, a dark palette and a small stylesheet for the strip
/// buttons, plus the accent colours the custom-painted widgets share. GUI thread only.
namespace theme {

/// Applies the dark theme to the whole application (idempotent).
void applyDarkTheme(QApplication& application);

QColor background(); ///< window background
QColor panel();      ///< strip and bar background
QColor groove();     ///< fader and meter wells
QColor text();       ///< primary text
QColor dimText();    ///< scale labels, secondary text
QColor accent();     ///< selection, focus, fader cap stripe
QColor muteOn();     ///< mute: orange
QColor soloOn();     ///< solo: green
QColor armOn();      ///< record-arm and record: red
QColor playOn();     ///< play: green
QColor meterLow();   ///< meter below -18 dB
QColor meterMid();   ///< meter -18..-6 dB
QColor meterHigh();  ///< meter -6..0 dB
QColor meterClip();  ///< meter above 0 dB and the clip lamp

} // namespace theme
} // namespace oscalis::ui
