#pragma once

#include <QJsonValue>

#include <optional>

namespace oscalis::web {

/// An optional field as the API writes it (docs/API.md): its value, or JSON null when there is
/// none. T is anything QJsonValue holds (int, qint64, double, QString). Any thread.
template <typename T> QJsonValue orNull(const std::optional<T>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace oscalis::web
