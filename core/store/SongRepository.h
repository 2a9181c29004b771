#pragma once

#include "auth/Actor.h"
#include "store/Database.h"
#include "store/Song.h"

namespace oscalis::store {

/// A band's repertoire. Owner: whoever owns the Database; same thread as it.
class SongRepository {
public:
    explicit SongRepository(Database& db) : m_db(db) {}

    /// Adds draft (its id and createdAt are ignored) to draft.bandId.
    Result<Song> add(const auth::Actor& actor, const Song& draft);
    /// Saves every field of song (found by song.id; the band cannot change).
    Status update(const auth::Actor& actor, const Song& song);
    Status remove(const auth::Actor& actor, qint64 songId);
    Result<Song> find(qint64 songId);
    /// Songs whose title or artist contains text, ignoring case (also for accented letters),
    /// by title. Empty text lists everything.
    Result<SongPage> search(qint64 bandId, const QString& text, int offset = 0, int limit = 50);
    /// Every song of the band, by title.
    Result<std::vector<Song>> list(qint64 bandId);

    static Status validate(const Song& song);

private:
    friend class SuggestionRepository;
    /// The insert itself, without permission or audit: for add() and a suggestion's promotion.
    Result<Song> insertRow(const Song& draft);

    Database& m_db;
};

} // namespace oscalis::store
