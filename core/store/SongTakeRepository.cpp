#include "store/SongTakeRepository.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/EventRepository.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"
#include "store/Validate.h"

#include <algorithm>

namespace oscalis::store {

namespace {

constexpr int kPathMax = 4096;

QString songTarget(qint64 id) {
    return QStringLiteral("song:%1").arg(id);
}

QDateTime eventStart(const Event& e) {
    return QDateTime::fromString(e.startsAt, Qt::ISODate); // the band's wall-clock time
}

bool sameRegion(const QString& a, const QString& b) {
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<std::optional<Event>> SongTakeRepository::eventAt(qint64 bandId, const QDateTime& at) {
    const QDateTime local = at.toLocalTime();
    // An event lasts at most a day: the one under way started today or yesterday.
    auto events = EventRepository(m_db).between(bandId, local.date().addDays(-1), local.date());
    if (!events.ok())
        return events.error();
    std::optional<Event> found;
    for (const Event& e : *events) {
        const QDateTime start = eventStart(e);
        if (start.isValid() && start <= local && local <= start.addSecs(qint64(e.durationMin) * 60))
            found = e; // by start: the latest one wins when two overlap
    }
    return found;
}

Result<qint64> SongTakeRepository::songFor(const TakeDraft& draft, const Event& event,
                                           qint64 bandId) {
    if (draft.chosenSongId && draft.chosenAt.isValid() && eventStart(event) <= draft.chosenAt &&
        draft.chosenAt <= draft.recordedAt) {
        auto band = m_db.scalar(QStringLiteral("SELECT band_id FROM songs WHERE id = ?"),
                                {*draft.chosenSongId});
        if (!band.ok())
            return band.error();
        if (!band->isNull() && band->toLongLong() == bandId)
            return *draft.chosenSongId;
    }
    for (qint64 songId : event.agenda) {
        auto region =
            m_db.scalar(QStringLiteral("SELECT reaper_region FROM songs WHERE id = ?"), {songId});
        if (!region.ok())
            return region.error();
        if (sameRegion(region->toString(), draft.region))
            return songId;
    }
    return event.agenda.size() == 1 ? event.agenda.front() : 0;
}

Result<TakeOutcome> SongTakeRepository::attach(const auth::Actor& actor, qint64 bandId,
                                               const std::vector<TakeDraft>& drafts) {
    TakeOutcome outcome;
    for (const TakeDraft& d : drafts) {
        if (Status v = Validate::text(d.path, StoreText::tr("A recording's file"), kPathMax, true);
            !v.ok())
            return v.error();
        if (!d.recordedAt.isValid())
            return Error::invalid(StoreText::tr("A recording has no time."));
    }
    Status done = m_db.transaction([&]() -> Status {
        if (Status p = AccessCheck::require(m_db, actor, auth::Action::EditSong, bandId); !p.ok())
            return p;
        for (const TakeDraft& d : drafts) {
            const QString recordedAt = sql::toUtc(d.recordedAt);
            auto seen = m_db.scalar(
                QStringLiteral("SELECT count(*) FROM song_takes t JOIN songs s ON s.id = t.song_id "
                               "WHERE s.band_id = ? AND t.project_path = ? AND t.recorded_at = ?"),
                {bandId, d.path, recordedAt});
            if (!seen.ok())
                return seen.error();
            if (seen->toInt() > 0) {
                ++outcome.alreadyThere;
                continue;
            }
            auto event = eventAt(bandId, d.recordedAt);
            if (!event.ok())
                return event.error();
            if (!*event) {
                ++outcome.outsideRehearsal;
                continue;
            }
            auto song = songFor(d, **event, bandId);
            if (!song.ok())
                return song.error();
            if (!*song) {
                ++outcome.noSong;
                continue;
            }
            QString name = d.name.trimmed();
            if (name.isEmpty())
                name = d.path.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
            name = name.left(Validate::kNameMax);
            const double start = std::max(0.0, d.startSeconds);
            const double end = std::max(start, d.endSeconds);
            auto id = m_db.insert(
                QStringLiteral("INSERT INTO song_takes (song_id, event_id, project_path, name, "
                               "start_seconds, end_seconds, recorded_at, created_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {*song, (*event)->id, d.path, name, start, end, recordedAt, actor.userId});
            if (!id.ok())
                return id.error();
            ++outcome.attached;
            if (Status a = AuditRepository::append(m_db, actor, bandId, QStringLiteral("take.add"),
                                                   songTarget(*song), {},
                                                   {{QStringLiteral("take"), *id},
                                                    {QStringLiteral("name"), name},
                                                    {QStringLiteral("path"), d.path},
                                                    {QStringLiteral("event_id"), (*event)->id}});
                !a.ok())
                return a;
        }
        return {};
    });
    if (!done.ok())
        return done.error();
    return outcome;
}

Result<std::vector<SongTake>> SongTakeRepository::forSong(qint64 songId) {
    auto rows = m_db.select(
        QStringLiteral("SELECT id, song_id, event_id, project_path, name, start_seconds, "
                       "end_seconds, recorded_at, created_by FROM song_takes WHERE song_id = ? "
                       "ORDER BY recorded_at DESC, id"),
        {songId});
    if (!rows.ok())
        return rows.error();
    std::vector<SongTake> takes;
    for (const auto& r : *rows)
        takes.push_back({r.value(0).toLongLong(), r.value(1).toLongLong(), sql::optId(r.value(2)),
                         r.value(3).toString(), r.value(4).toString(), r.value(5).toDouble(),
                         r.value(6).toDouble(), r.value(7).toString(), sql::optId(r.value(8))});
    return takes;
}

} // namespace oscalis::store
