#pragma once

#include <QString>

namespace oscalis::ui::band {

/// A time stored in UTC (ISO 8601, as the store writes it) as the local "2026-05-17 20:31";
/// text that is not such a time comes back unchanged. Any thread.
QString localTime(const QString& utc);

} // namespace oscalis::ui::band
