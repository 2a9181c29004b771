#pragma once

#include <QString>

#include <optional>

namespace oscalis::store {

/// A song someone proposes the band should learn, with its vote tally.
struct Suggestion {
    qint64 id = 0;
    qint64 bandId = 0;
    QString title;
    QString artist;
    QString link;
    QString note;
    std::optional<qint64> authorId;
    QString authorName;                  ///< display name, for the list
    QString createdAt;
    std::optional<qint64> promotedSongId; ///< set once it became a song of the repertoire
    int votes = 0;
    bool votedByViewer = false;          ///< whether the user who asked for the list voted
};

} // namespace oscalis::store
