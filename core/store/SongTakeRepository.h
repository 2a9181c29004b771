#pragma once

#include "auth/Actor.h"
#include "store/Database.h"
#include "store/Event.h"
#include "store/SongTake.h"

#include <vector>

namespace oscalis::store {

/// Rehearsal takes: the files REAPER recorded while an event of the band's agenda was under way,
/// attached to the song being rehearsed. Owner: whoever owns the Database; same thread as it.
class SongTakeRepository {
public:
    explicit SongTakeRepository(Database& db) : m_db(db) {}

    /// The band's event whose time window (start .. start + duration, local time) holds `at`.
    Result<std::optional<Event>> eventAt(qint64 bandId, const QDateTime& at);

    /// Attaches each draft recorded during one of the band's events (EditSong) to the song being
    /// rehearsed, in one transaction: the song chosen with Go / Next during that event before the
    /// recording began; else the event's agenda song whose REAPER region holds the recording;
    /// else the agenda's only song. A draft attached before (same file, same start time) is not
    /// attached twice, so reading the same report again changes nothing.
    Result<TakeOutcome> attach(const auth::Actor& actor, qint64 bandId,
                               const std::vector<TakeDraft>& drafts);

    /// A song's takes, newest first.
    Result<std::vector<SongTake>> forSong(qint64 songId);

private:
    /// The song a draft belongs to during `event`, or 0.
    Result<qint64> songFor(const TakeDraft& draft, const Event& event, qint64 bandId);

    Database& m_db;
};

} // namespace oscalis::store
