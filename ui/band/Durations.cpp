#include "ui/band/Durations.h"

#include "store/SetlistSheet.h"

#include <QStringList>

namespace oscalis::ui::band {

QString formatDuration(qint64 seconds) { return store::SetlistSheet::clock(seconds); }

std::optional<int> parseDuration(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return -1;
    int total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int v = parts[i].toInt(&ok);
        if (!ok || v < 0 || (i > 0 && v > 59))
            return -1;
        total = total * 60 + v;
    }
    return total;
}

} // namespace oscalis::ui::band
