#pragma once

#include <QString>

#include <optional>

namespace oscalis::ui::band {

/// "3:05" (or "1:02:05" from an hour on) for a number of seconds: the store's SetlistSheet::clock,
/// so pages, PDF and CSV agree.
QString formatDuration(qint64 seconds);
/// Reads "3:05", "185" (seconds) or "1:02:05"; nullopt for empty text; -1 for something unreadable.
std::optional<int> parseDuration(const QString& text);

} // namespace oscalis::ui::band
