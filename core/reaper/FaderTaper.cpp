#include "reaper/FaderTaper.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace oscalis::reaper {

namespace {
// Chosen so that +12 dB lands exactly on 1.0: k = 12 / (20·log10(1/0.716)).
const double kExponent = taper::kMaxDb / (20.0 * std::log10(1.0 / taper::kUnityPosition));
} // namespace

double taper::positionToDb(double position) {
    if (position <= 0.0)
        return -std::numeric_limits<double>::infinity();
    const double db = 20.0 * kExponent * std::log10(std::min(position, 1.0) / kUnityPosition);
    return std::max(db, kFloorDb);
}

double taper::dbToPosition(double db) {
    if (!(db > kFloorDb))
        return 0.0;
    return std::clamp(kUnityPosition * std::pow(10.0, db / (20.0 * kExponent)), 0.0, 1.0);
}

QString taper::formatDb(double db) {
    if (!(db > kFloorDb))
        return QStringLiteral("-inf dB");
    const double rounded = std::round(db * 100.0) / 100.0;
    if (rounded == 0.0)
        return QStringLiteral("0.00 dB");
    return QStringLiteral("%1%2 dB")
        .arg(rounded > 0 ? QStringLiteral("+") : QString())
        .arg(rounded, 0, 'f', 2);
}

double meter::valueToDb(double value) {
    return kMinDb + std::clamp(value, 0.0, 1.0) * (kMaxDb - kMinDb);
}

double meter::dbToValue(double db) {
    return std::clamp((db - kMinDb) / (kMaxDb - kMinDb), 0.0, 1.0);
}

QString pan::format(double position) {
    const int percent = int(std::lround((std::clamp(position, 0.0, 1.0) - 0.5) * 200.0));
    // Translated: a French console says G (gauche) and D (droite).
    if (percent == 0)
        return QCoreApplication::translate("oscalis::reaper::pan", "C", "pan: centre");
    return percent < 0 ? QCoreApplication::translate("oscalis::reaper::pan", "%1%L", "pan: left")
                             .arg(-percent)
                       : QCoreApplication::translate("oscalis::reaper::pan", "%1%R", "pan: right")
                             .arg(percent);
}

QString timeline::format(double seconds) {
    const qint64 ms = qint64(std::floor(std::max(0.0, seconds) * 1000.0));
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000)
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace oscalis::reaper
