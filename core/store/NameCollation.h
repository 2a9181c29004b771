#pragma once

#include "store/Result.h"

#include <QVariant>

namespace oscalis::store {

/// The "NAMES" collation: song titles, band and member names in the order of the user's language
/// ("Ça plane pour moi" among the C, "Élodie" among the E), case and accents ignored first.
/// SQLite's NOCASE only folds ASCII, so accented first letters sorted after Z.
/// Installed on each connection when Database opens it; queries say `ORDER BY title COLLATE
/// NAMES`. The schema never names it, so any SQLite tool can still open the file.
/// Called on the connection's own thread.
class NameCollation {
public:
    static constexpr const char* kName = "NAMES";
    /// Registers the collation on the sqlite3 connection Qt's driver gives as handle.
    static Status install(const QVariant& sqliteHandle);
};

} // namespace oscalis::store
