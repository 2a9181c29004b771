#include "ui/band/LocalTime.h"

#include <QDateTime>

namespace oscalis::ui::band {

QString localTime(const QString& utc) {
    QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!at.isValid())
        return utc;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace oscalis::ui::band
