#pragma once

#include "store/Result.h"
#include "store/SetlistSheet.h"

namespace oscalis::ui::band {

/// Prints a setlist on one clean A4 sheet (more if it is long): band, gig, date, venue, the songs
/// numbered with key, tempo and length, the breaks, and the total. Stateless; GUI thread
/// (QPdfWriter paints with QtGui fonts).
class SetlistPdf {
public:
    /// Writes the PDF to file; the error names the file.
    static store::Status write(const store::SetlistSheet& sheet, const QString& bandName,
                               const QString& file);
};

} // namespace oscalis::ui::band
