#pragma once

#include "auth/Actor.h"
#include "store/Database.h"
#include "store/Song.h"
#include "store/Suggestion.h"

#include <vector>

namespace oscalis::store {

/// Song suggestions and votes (one vote per member per suggestion).
/// Owner: whoever owns the Database; same thread as it.
class SuggestionRepository {
public:
    explicit SuggestionRepository(Database& db) : m_db(db) {}

    /// Proposes draft (title, artist, link, note) to draft.bandId.
    Result<Suggestion> suggest(const auth::Actor& actor, const Suggestion& draft);
    /// The author may withdraw their own; a leader (or staff) may delete any.
    Status remove(const auth::Actor& actor, qint64 suggestionId);
    /// A second vote by the same member is refused with Error::Conflict.
    Status vote(const auth::Actor& actor, qint64 suggestionId);
    Status unvote(const auth::Actor& actor, qint64 suggestionId);
    /// The band's suggestions, most votes first; votedByViewer is filled for viewerId.
    Result<std::vector<Suggestion>> list(qint64 bandId, qint64 viewerId = 0);
    Result<Suggestion> find(qint64 suggestionId, qint64 viewerId = 0);
    /// Turns the suggestion into a song of the repertoire, in one transaction.
    Result<Song> promote(const auth::Actor& actor, qint64 suggestionId);

private:
    Database& m_db;
};

} // namespace oscalis::store
