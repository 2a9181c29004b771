#include "store/EventRepository.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"
#include "store/Validate.h"

#include <QJsonArray>
#include <QTime>

#include <map>
#include <set>

namespace oscalis::store {

using auth::Action;

namespace {

const char* kAnswerNames[] = {"yes", "no", "maybe"};
const QString kColumns = QStringLiteral("id, band_id, title, starts_at, duration_min, place, coalesce(reply_by, ''), created_by");
const QString kLocalFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

Event eventFrom(const QSqlRecord& r) {
    return {r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toInt(), r.value(5).toString(), r.value(6).toString(), {}, sql::optId(r.value(7))};
}

QJsonObject auditOf(const Event& e) {
    QJsonArray agenda;
    for (qint64 id : e.agenda) agenda.append(id);
    return {{QStringLiteral("title"), e.title}, {QStringLiteral("starts_at"), e.startsAt},
            {QStringLiteral("duration_min"), e.durationMin}, {QStringLiteral("place"), e.place},
            {QStringLiteral("reply_by"), e.replyBy}, {QStringLiteral("agenda"), agenda}};
}

QString eventTarget(qint64 id) { return QStringLiteral("event:%1").arg(id); }
QString dayStart(const QDate& d) { return d.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T00:00:00"); }

} // namespace

QString EventRepository::answerName(EventAnswer answer) {
    return QLatin1String(kAnswerNames[static_cast<int>(answer)]);
}

std::optional<EventAnswer> EventRepository::answerFromName(const QString& name) {
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(kAnswerNames[i])) return static_cast<EventAnswer>(i);
    return std::nullopt;
}

Result<Event> EventRepository::tidy(const Event& draft) {
    Event e = draft;
    e.title = e.title.trimmed();
    e.place = e.place.trimmed();
    e.startsAt = e.startsAt.trimmed();
    e.replyBy = e.replyBy.trimmed();
    const Status checks[] = {
        Validate::text(e.title, StoreText::tr("The title"), Validate::kNameMax, true),
        Validate::localDateTime(e.startsAt, StoreText::tr("The start")),
        Validate::range(e.durationMin, 0, 24 * 60, StoreText::tr("The duration (minutes)")),
        Validate::text(e.place, StoreText::tr("The place"), Validate::kNameMax, false),
        e.replyBy.isEmpty() ? Status() : Validate::date(e.replyBy, StoreText::tr("The reply-by date")),
        Validate::range(static_cast<qint64>(e.agenda.size()), 0, kMaxAgenda, StoreText::tr("The number of songs on the agenda")),
    };
    for (const Status& c : checks)
        if (!c.ok()) return c.error();
    // Date and time apart: a local time in a daylight-saving gap (02:30 on the day clocks go
    // forward) is still what the band wrote, not an invalid QDateTime.
    const QTime time = QTime::fromString(e.startsAt.mid(11), e.startsAt.size() == 16 ? QStringLiteral("HH:mm")
                                                                                    : QStringLiteral("HH:mm:ss"));
    e.startsAt = e.startsAt.left(10) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
    if (!e.replyBy.isEmpty() && e.replyBy > e.startsAt.left(10))
        return Error::invalid(StoreText::tr("The reply-by date (%1) is after the event itself (%2).")
                                  .arg(e.replyBy, e.startsAt.left(10)));
    return e;
}

Status EventRepository::checkAgenda(qint64 bandId, const std::vector<qint64>& songs) {
    std::set<qint64> seen;
    for (qint64 id : songs) {
        if (!seen.insert(id).second) return Error::invalid(StoreText::tr("A song is twice on the agenda."));
        auto band = m_db.scalar(QStringLiteral("SELECT band_id FROM songs WHERE id = ?"), {id});
        if (!band.ok()) return band.error();
        if (band->isNull() || band->toLongLong() != bandId)
            return Error::notFound(StoreText::tr("A song on the agenda is not in the band's repertoire."));
    }
    return {};
}

Status EventRepository::writeAgenda(qint64 eventId, const std::vector<qint64>& songs) {
    auto cleared = m_db.exec(QStringLiteral("DELETE FROM event_songs WHERE event_id = ?"), {eventId});
    if (!cleared.ok()) return cleared.error();
    for (std::size_t i = 0; i < songs.size(); ++i) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO event_songs (event_id, position, song_id) VALUES (?, ?, ?)"),
                           {eventId, static_cast<int>(i) + 1, songs[i]});
        if (!r.ok()) return r.error();
    }
    return {};
}

Result<Event> EventRepository::create(const auth::Actor& actor, const Event& draft) {
    auto tidied = tidy(draft);
    if (!tidied.ok()) return tidied.error();
    Event e = *tidied;
    e.createdBy = actor.userId;
    Status done = m_db.transaction([&]() -> Status {
        if (Status p = AccessCheck::require(m_db, actor, Action::CreateEvent, e.bandId); !p.ok()) return p;
        if (Status a = checkAgenda(e.bandId, e.agenda); !a.ok()) return a;
        auto id = m_db.insert(QStringLiteral("INSERT INTO events (band_id, title, starts_at, duration_min, place, reply_by, "
                                             "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {e.bandId, e.title, e.startsAt, e.durationMin, e.place,
                               e.replyBy.isEmpty() ? QVariant() : QVariant(e.replyBy), actor.userId, sql::nowUtc()});
        if (!id.ok()) return id.error();
        e.id = *id;
        if (Status a = writeAgenda(e.id, e.agenda); !a.ok()) return a;
        return AuditRepository::append(m_db, actor, e.bandId, QStringLiteral("event.create"), eventTarget(e.id), {},
                                       auditOf(e));
    });
    if (!done.ok()) return done.error();
    return e;
}

Status EventRepository::update(const auth::Actor& actor, const Event& event) {
    auto tidied = tidy(event);
    if (!tidied.ok()) return tidied.error();
    Event e = *tidied;
    return m_db.transaction([&]() -> Status {
        auto before = find(e.id);
        if (!before.ok()) return before.error();
        e.bandId = before->bandId;
        if (Status p = AccessCheck::require(m_db, actor, Action::EditEvent, e.bandId); !p.ok()) return p;
        if (Status a = checkAgenda(e.bandId, e.agenda); !a.ok()) return a;
        auto r = m_db.exec(QStringLiteral("UPDATE events SET title = ?, starts_at = ?, duration_min = ?, place = ?, "
                                          "reply_by = ? WHERE id = ?"),
                           {e.title, e.startsAt, e.durationMin, e.place,
                            e.replyBy.isEmpty() ? QVariant() : QVariant(e.replyBy), e.id});
        if (!r.ok()) return r.error();
        if (Status a = writeAgenda(e.id, e.agenda); !a.ok()) return a;
        return AuditRepository::append(m_db, actor, e.bandId, QStringLiteral("event.edit"), eventTarget(e.id),
                                       auditOf(*before), auditOf(e));
    });
}

Status EventRepository::remove(const auth::Actor& actor, qint64 eventId) {
    return m_db.transaction([&]() -> Status {
        auto before = find(eventId);
        if (!before.ok()) return before.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::DeleteEvent, before->bandId); !p.ok()) return p;
        auto r = m_db.exec(QStringLiteral("DELETE FROM events WHERE id = ?"), {eventId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, before->bandId, QStringLiteral("event.delete"), eventTarget(eventId),
                                       auditOf(*before), {});
    });
}

Result<Event> EventRepository::find(qint64 eventId) {
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(kColumns), {eventId});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return Error::notFound(StoreText::tr("This event does not exist (any more)."));
    Event e = eventFrom(rows->front());
    auto songs = m_db.select(QStringLiteral("SELECT song_id FROM event_songs WHERE event_id = ? ORDER BY position"), {eventId});
    if (!songs.ok()) return songs.error();
    for (const auto& r : *songs) e.agenda.push_back(r.value(0).toLongLong());
    return e;
}

Result<std::vector<Event>> EventRepository::between(qint64 bandId, const QDate& from, const QDate& to) {
    if (!from.isValid() || !to.isValid()) return Error::invalid(StoreText::tr("The period is not made of real dates."));
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM events WHERE band_id = ? AND starts_at >= ? AND starts_at < ? "
                                           "ORDER BY starts_at, id")
                                .arg(kColumns),
                            {bandId, dayStart(from), dayStart(to.addDays(1))});
    if (!rows.ok()) return rows.error();
    std::vector<Event> events;
    for (const auto& r : *rows) events.push_back(eventFrom(r));
    auto songs = m_db.select(QStringLiteral("SELECT es.event_id, es.song_id FROM event_songs es JOIN events e ON e.id = es.event_id "
                                            "WHERE e.band_id = ? AND e.starts_at >= ? AND e.starts_at < ? "
                                            "ORDER BY es.event_id, es.position"),
                             {bandId, dayStart(from), dayStart(to.addDays(1))});
    if (!songs.ok()) return songs.error();
    std::map<qint64, Event*> byId;
    for (Event& e : events) byId[e.id] = &e;
    for (const auto& r : *songs)
        if (auto it = byId.find(r.value(0).toLongLong()); it != byId.end()) it->second->agenda.push_back(r.value(1).toLongLong());
    return events;
}

Result<std::optional<Event>> EventRepository::next(qint64 bandId, const QDateTime& now) {
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM events WHERE band_id = ? AND starts_at >= ? ORDER BY starts_at, id LIMIT 1"),
                          {bandId, now.toLocalTime().toString(kLocalFormat)});
    if (!id.ok()) return id.error();
    if (id->isNull()) return std::optional<Event>();
    auto e = find(id->toLongLong());
    if (!e.ok()) return e.error();
    return std::optional<Event>(*e);
}

Status EventRepository::answer(const auth::Actor& actor, qint64 eventId, EventAnswer answer, const QDateTime& now) {
    return m_db.transaction([&]() -> Status {
        auto e = find(eventId);
        if (!e.ok()) return e.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::AnswerOwnEvent, e->bandId); !p.ok()) return p;
        const QString today = now.toLocalTime().date().toString(QStringLiteral("yyyy-MM-dd"));
        if (!e->replyBy.isEmpty() && today > e->replyBy)
            return Error::invalid(StoreText::tr("Answers for “%1” closed on %2. Tell the band's leader directly.")
                                      .arg(e->title, e->replyBy));
        auto before = m_db.scalar(QStringLiteral("SELECT answer FROM event_answers WHERE event_id = ? AND user_id = ?"),
                                  {eventId, actor.userId});
        if (!before.ok()) return before.error();
        auto r = m_db.exec(QStringLiteral("INSERT INTO event_answers (event_id, user_id, answer, answered_at) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT (event_id, user_id) DO UPDATE SET answer = excluded.answer, "
                                          "answered_at = excluded.answered_at"),
                           {eventId, actor.userId, answerName(answer), sql::nowUtc()});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, e->bandId, QStringLiteral("event.answer"), eventTarget(eventId),
                                       before->isNull() ? QJsonObject() : QJsonObject{{QStringLiteral("answer"), before->toString()}},
                                       {{QStringLiteral("answer"), answerName(answer)}});
    });
}

Status EventRepository::markAttendance(const auth::Actor& actor, qint64 eventId, qint64 userId, bool attended) {
    return m_db.transaction([&]() -> Status {
        auto e = find(eventId);
        if (!e.ok()) return e.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::MarkAttendance, e->bandId); !p.ok()) return p;
        auto role = AccessCheck::bandRole(m_db, userId, e->bandId);
        if (!role.ok()) return role.error();
        if (*role == auth::BandRole::None) return Error::invalid(StoreText::tr("This person is not a member of the band."));
        auto r = m_db.exec(QStringLiteral("INSERT INTO event_answers (event_id, user_id, attended) VALUES (?, ?, ?) "
                                          "ON CONFLICT (event_id, user_id) DO UPDATE SET attended = excluded.attended"),
                           {eventId, userId, attended ? 1 : 0});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, e->bandId, QStringLiteral("event.attendance"), eventTarget(eventId), {},
                                       {{QStringLiteral("user_id"), userId}, {QStringLiteral("attended"), attended}});
    });
}

Result<AttendanceSummary> EventRepository::summary(qint64 eventId) {
    auto e = find(eventId);
    if (!e.ok()) return e.error();
    auto rows = m_db.select(QStringLiteral("SELECT m.user_id, coalesce(nullif(m.nickname, ''), u.display_name) AS name, "
                                           "a.answer, a.attended FROM memberships m JOIN users u ON u.id = m.user_id "
                                           "LEFT JOIN event_answers a ON a.event_id = ? AND a.user_id = m.user_id "
                                           "WHERE m.band_id = ? AND m.status = 'active' ORDER BY name COLLATE NAMES, m.user_id"),
                            {eventId, e->bandId});
    if (!rows.ok()) return rows.error();
    AttendanceSummary s;
    for (const auto& r : *rows) {
        AttendanceSummary::Line line{r.value(0).toLongLong(), r.value(1).toString(), answerFromName(r.value(2).toString()),
                                     r.value(3).isNull() ? std::nullopt : std::optional<bool>(r.value(3).toInt() != 0)};
        if (!line.answer) ++s.unanswered;
        else if (*line.answer == EventAnswer::Yes) ++s.yes;
        else if (*line.answer == EventAnswer::No) ++s.no;
        else ++s.maybe;
        if (line.attended.value_or(false)) s.came.push_back(line.name);
        s.lines.push_back(std::move(line));
    }
    return s;
}

} // namespace oscalis::store
