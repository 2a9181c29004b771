#pragma once

#include <QString>

namespace oscalis::reaper {

/// REAPER's volume fader law as seen on the wire: an `n` volume value is a fader position in
/// 0..1 where 0 dB sits at about 0.716 and +12 dB at 1.0; the bottom is REAPER's -150 dB floor.
/// Modelled as position = 0.716 · gain^(1/k), which meets those points; REAPER's own `/db` and
/// `/str` feedback is shown where it exists. Pure functions; any thread.
namespace taper {
constexpr double kUnityPosition = 0.716;
constexpr double kMaxDb = 12.0;
constexpr double kFloorDb = -150.0;

/// Fader position (0..1) to dB; -infinity at 0.
double positionToDb(double position);
/// dB to fader position, clamped to 0..1.
double dbToPosition(double db);
/// "-6.02 dB", "+1.50 dB", "0.00 dB", "-inf dB": the text REAPER shows.
QString formatDb(double db);
} // namespace taper

/// REAPER's meter values: the peak in dB mapped onto 0..1 over the meter range preference.
namespace meter {
constexpr double kMinDb = -60.0;
constexpr double kMaxDb = 6.0;
/// Meter value 0..1 to dB (kMinDb or below reads as silence).
double valueToDb(double value);
/// dB to meter value, clamped to 0..1.
double dbToValue(double db);
} // namespace meter

/// REAPER's pan: an `n` value in 0..1 with 0.5 centre; text like "C", "25%L", "100%R".
namespace pan {
QString format(double position);
} // namespace pan

/// Time on REAPER's timeline as the surface shows it: "m:ss.mmm" (e.g. "2:05.250").
namespace timeline {
QString format(double seconds);
} // namespace timeline

} // namespace oscalis::reaper
