#pragma once

#include "auth/Actor.h"
#include "store/Database.h"
#include "store/Gig.h"

#include <vector>

namespace oscalis::store {

/// Gigs and their setlists. Owner: whoever owns the Database; same thread as it.
/// Setlist positions are always 1..n with no gaps: every change renumbers in its transaction.
class GigRepository {
public:
    explicit GigRepository(Database& db) : m_db(db) {}

    Result<Gig> create(const auth::Actor& actor, const Gig& draft);
    Status update(const auth::Actor& actor, const Gig& gig);
    Status remove(const auth::Actor& actor, qint64 gigId);
    Result<Gig> find(qint64 gigId);
    /// The band's gigs by date.
    Result<std::vector<Gig>> list(qint64 bandId);

    /// The setlist in order.
    Result<std::vector<SetlistItem>> items(qint64 gigId);
    /// Inserts a song at position (1..n+1; nullopt = at the end).
    Result<SetlistItem> insertSong(const auth::Actor& actor, qint64 gigId, qint64 songId,
                                   std::optional<int> position = std::nullopt,
                                   const QString& note = {});
    Result<SetlistItem> insertBreak(const auth::Actor& actor, qint64 gigId, int minutes,
                                    std::optional<int> position = std::nullopt,
                                    const QString& note = {});
    /// Moves an item to newPosition (clamped to 1..n); the others shift.
    Status moveItem(const auth::Actor& actor, qint64 itemId, int newPosition);
    Status removeItem(const auth::Actor& actor, qint64 itemId);
    /// Writes what live mode measured back to the gig, in one transaction (EditSetlist), and
    /// sets the gig's status to played. Returns the new setlist. How the plan is reconciled:
    /// - the songs played get their played_seconds and the setlist takes the order they were
    ///   played in (the setlist becomes the record of the night);
    /// - a line played twice in a row (restarted) is one play, its times added; played again
    ///   later (an encore), it gets a new line;
    /// - a song played from outside the setlist (or from a line removed meanwhile) takes the
    ///   first unplayed line of the same song, else it gets a new line where it was played;
    /// - songs not played stay, after the played ones in their planned order, with no time;
    /// - breaks stay after as many songs as planned (a break planned after the 5th song stays
    ///   after the 5th song played).
    /// Nothing played is refused (the setlist stays as planned).
    Result<std::vector<SetlistItem>> recordPlayed(const auth::Actor& actor, qint64 gigId,
                                                  const std::vector<PlayedSong>& played);
    /// Sum of the songs' durations (unknown ones count 0) plus breaks, in seconds.
    Result<qint64> totalDurationS(qint64 gigId);

    static QString statusName(Gig::Status status);

private:
    Result<SetlistItem> insertItem(const auth::Actor& actor, qint64 gigId,
                                   std::optional<qint64> songId, std::optional<int> breakMinutes,
                                   std::optional<int> position, const QString& note);
    /// Writes positions 1..n in the order given.
    Status renumber(qint64 gigId, const std::vector<qint64>& orderedIds);
    Result<std::vector<qint64>> orderedIds(qint64 gigId);

    Database& m_db;
};

} // namespace oscalis::store
