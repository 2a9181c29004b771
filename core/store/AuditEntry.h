#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace oscalis::store {

/// One line of the activity log: who did what to which thing, with a JSON summary before/after.
struct AuditEntry {
    qint64 id = 0;
    QString at; ///< UTC, ISO 8601 with milliseconds
    std::optional<qint64> userId;
    std::optional<qint64> bandId;
    QString action; ///< "song.add", "band.rotate_invite", ...
    QString target; ///< "song:12"
    QString beforeJson;
    QString afterJson;
};

/// What to look for in the activity log; empty fields do not filter. from/to are UTC ISO 8601.
struct AuditFilter {
    std::optional<qint64> bandId;
    std::optional<qint64> userId;
    QString action;
    QString from;
    QString to;
    int offset = 0;
    int limit = 50;
    bool actionPrefix = false; ///< action is the start of the actions wanted ("song." → song.add, song.edit…)
};

/// One page of the activity log, newest first, with the total that matches the filter.
struct AuditPage {
    std::vector<AuditEntry> items;
    int total = 0;
};

} // namespace oscalis::store
