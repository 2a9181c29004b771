#pragma once

#include "store/Database.h"
#include "store/Event.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>

#include <vector>

namespace oscalis::store {

/// A band's agenda as an iCalendar file (RFC 5545) for phones and calendar programs.
///
/// Times are written as *floating* local times (DTSTART:20260517T200000, no TZID, no Z): Oscalis
/// stores the band's wall-clock time without a zone, the whole band lives in one place, and a
/// TZID would oblige us to embed a matching VTIMEZONE (its rules from the tz database) that we
/// cannot check here. A floating 20:00 rehearsal shows as 20:00 on every member's phone, which is
/// what the band means. DTSTAMP is UTC as the RFC requires. UIDs are event-<id>@oscalis, stable
/// across exports, so re-importing updates events instead of duplicating them.
/// Text is escaped (\\ ; , and newlines), lines are folded at 75 octets (never inside a UTF-8
/// character) and end with CRLF. Stateless; any thread (forBand: the Database's thread).
class CalendarIcs {
public:
    /// The calendar for events; songTitles gives each agenda song's title (by song id).
    static QByteArray build(const QString& calendarName, const std::vector<Event>& events,
                            const QHash<qint64, QString>& songTitles, const QDateTime& stamp);
    /// The band's events starting in [from, to], with their agendas.
    static Result<QByteArray> forBand(Database& db, qint64 bandId, const QDate& from, const QDate& to,
                                      const QDateTime& stamp = QDateTime::currentDateTimeUtc());
    /// Writes bytes to file (replaced atomically); the error names the file.
    static Status write(const QByteArray& bytes, const QString& file);

    /// TEXT value escaping of RFC 5545 §3.3.11.
    static QString escapeText(const QString& text);
    /// One content line, folded (CRLF + space) so no physical line exceeds 75 octets, ending in CRLF.
    static QByteArray foldLine(const QByteArray& line);
    static QString uid(qint64 eventId);
};

} // namespace oscalis::store
