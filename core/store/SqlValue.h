#pragma once

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace oscalis::store {

/// Small conversions between SQL values and row fields, shared by the repositories.
namespace sql {

inline QVariant opt(const std::optional<qint64>& v) { return v ? QVariant(*v) : QVariant(); }
inline QVariant opt(const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(); }
inline std::optional<qint64> optId(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
inline std::optional<int> optInt(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
/// Now, in UTC, as ISO 8601 with milliseconds: sorts as text in time order.
inline QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
inline QString toUtc(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

} // namespace sql
} // namespace oscalis::store
