#pragma once

#include "store/Database.h"

#include <QString>

#include <optional>
#include <vector>

namespace oscalis::store {

/// A gig's setlist as it is printed or exported: plain data shared by SetlistCsv and the
/// (QtGui) PDF export, so both show the same rows, running totals and total.
/// A plain value; built on the Database's thread, then usable anywhere.
struct SetlistSheet {
    struct Row {
        int position = 0;             ///< 1..n, breaks included
        bool isBreak = false;
        QString title;                ///< the song's title, or "Break" for a break
        QString artist;
        QString musicalKey;
        std::optional<int> tempoBpm;
        std::optional<int> durationS; ///< a break's length; nullopt when a song's is unknown
        QString note;
        qint64 runningTotalS = 0;     ///< time from the start of the set to the end of this row
    };
    QString gigName;
    QString date;  ///< 2026-06-21
    QString venue;
    std::vector<Row> rows;
    qint64 totalS = 0;       ///< songs with an unknown duration count 0
    int unknownDurations = 0; ///< songs without a duration, so the total is a lower bound

    /// Reads the gig and its setlist in order. NotFound if the gig does not exist.
    static Result<SetlistSheet> forGig(Database& db, qint64 gigId);
    /// 3:05, or 1:02:05 from an hour on.
    static QString clock(qint64 seconds);
};

} // namespace oscalis::store
