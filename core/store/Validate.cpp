#include "store/Validate.h"

#include "store/StoreText.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace oscalis::store {

Status Validate::text(const QString& value, const QString& label, int maxLength, bool required) {
    if (value.size() > maxLength)
        return Error::invalid(StoreText::tr("%1 is too long (%2 characters; at most %3).")
                                  .arg(label).arg(value.size()).arg(maxLength));
    if (required && value.trimmed().isEmpty())
        return Error::invalid(StoreText::tr("%1 cannot be empty.").arg(label));
    return {};
}

Status Validate::date(const QString& value, const QString& label) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (value.size() > 10 || !shape.match(value).hasMatch())
        return Error::invalid(StoreText::tr("%1 “%2” is not a date; write it like 2026-05-17.")
                                  .arg(label, value.left(40)));
    if (!QDate::fromString(value, QStringLiteral("yyyy-MM-dd")).isValid())
        return Error::invalid(StoreText::tr("%1 “%2” is not a real date.").arg(label, value));
    return {};
}

Status Validate::localDateTime(const QString& value, const QString& label) {
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(?::\\d{2})?)$"));
    const auto m = value.size() <= 19 ? shape.match(value) : QRegularExpressionMatch();
    if (!m.hasMatch())
        return Error::invalid(StoreText::tr("%1 “%2” is not a date and time; write it like 2026-05-17T20:30.")
                                  .arg(label, value.left(40)));
    if (!QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd")).isValid())
        return Error::invalid(StoreText::tr("%1: “%2” is not a real date.").arg(label, m.captured(1)));
    const QString time = m.captured(2);
    const QTime t = QTime::fromString(time, time.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    if (!t.isValid())
        return Error::invalid(StoreText::tr("%1: “%2” is not a real time of day.").arg(label, time));
    return {};
}

Status Validate::range(qint64 value, qint64 min, qint64 max, const QString& label) {
    if (value < min || value > max)
        return Error::invalid(StoreText::tr("%1 must be between %2 and %3 (got %4).")
                                  .arg(label).arg(min).arg(max).arg(value));
    return {};
}

} // namespace oscalis::store
