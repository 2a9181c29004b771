#pragma once

#include "auth/Actor.h"
#include "store/Database.h"
#include "store/Event.h"

#include <QDate>
#include <QDateTime>

#include <optional>
#include <vector>

namespace oscalis::store {

/// The band's agenda: rehearsal events, their song agenda, the members' answers and attendance.
/// Owner: whoever owns the Database; same thread as it. "Now" is a parameter where it matters
/// (default: the local clock), so tests and the web server agree on it.
class EventRepository {
public:
    static constexpr int kMaxAgenda = 100;

    explicit EventRepository(Database& db) : m_db(db) {}

    /// Needs CreateEvent in draft.bandId. Agenda songs must be in the band's repertoire.
    Result<Event> create(const auth::Actor& actor, const Event& draft);
    /// Saves every field (the band cannot change); needs EditEvent.
    Status update(const auth::Actor& actor, const Event& event);
    Status remove(const auth::Actor& actor, qint64 eventId);
    Result<Event> find(qint64 eventId);
    /// Events starting on a day in [from, to] (both included), by start.
    Result<std::vector<Event>> between(qint64 bandId, const QDate& from, const QDate& to);
    /// The first event starting at or after now; nullopt when the agenda is empty from now on.
    Result<std::optional<Event>> next(qint64 bandId, const QDateTime& now = QDateTime::currentDateTime());

    /// The actor's own answer (AnswerOwnEvent). Refused once the reply-by date has passed
    /// (answers are accepted up to the end of that day, local time).
    Status answer(const auth::Actor& actor, qint64 eventId, EventAnswer answer,
                  const QDateTime& now = QDateTime::currentDateTime());
    /// Marks whether userId came (MarkAttendance); userId must be an active member.
    Status markAttendance(const auth::Actor& actor, qint64 eventId, qint64 userId, bool attended);
    Result<AttendanceSummary> summary(qint64 eventId);

    static QString answerName(EventAnswer answer);
    static std::optional<EventAnswer> answerFromName(const QString& name);

private:
    /// Trims, validates and normalises startsAt to seconds.
    static Result<Event> tidy(const Event& draft);
    Status checkAgenda(qint64 bandId, const std::vector<qint64>& songs);
    Status writeAgenda(qint64 eventId, const std::vector<qint64>& songs);

    Database& m_db;
};

} // namespace oscalis::store
