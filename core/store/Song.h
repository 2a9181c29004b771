#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace oscalis::store {

/// A song in a band's repertoire.
struct Song {
    qint64 id = 0;
    qint64 bandId = 0;
    QString title;
    QString artist;
    QString musicalKey;             ///< "Am", "F#" ... free text, at most 16 characters
    std::optional<int> tempoBpm;    ///< 1..400
    std::optional<int> durationS;   ///< 0..86400
    QString notes;
    QString links;                  ///< one URL per line
    QString reaperRegion;           ///< name of the matching region in the REAPER project
    std::optional<qint64> suggestionId;
    QString createdAt;
};

/// One page of a song search, with the total number of matches.
struct SongPage {
    std::vector<Song> items;
    int total = 0;
};

} // namespace oscalis::store
