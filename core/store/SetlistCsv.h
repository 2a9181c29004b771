#pragma once

#include "store/Result.h"
#include "store/SetlistSheet.h"

#include <QByteArray>

namespace oscalis::store {

/// A setlist as a CSV file (RFC 4180, UTF-8 with a byte order mark so that spreadsheet programs
/// read accents right, CRLF line ends). Columns: position, title, artist, key, tempo, duration,
/// running total, note; a break is a row titled "Break"; the last row is the total.
/// Stateless; any thread.
class SetlistCsv {
public:
    static QByteArray toCsv(const SetlistSheet& sheet);
    /// Writes toCsv() to file (replaced atomically); the error names the file.
    static Status write(const SetlistSheet& sheet, const QString& file);
};

} // namespace oscalis::store
