#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace oscalis::store {

/// One change of a member's mastery of a song (mastery_history), oldest first when listed.
struct MasteryChange {
    qint64 songId = 0;
    qint64 userId = 0;
    QString memberName; ///< nickname in the band, else the account's display name
    int level = 0;      ///< 0..10
    QString at;         ///< UTC, ISO 8601 with milliseconds
};

/// The band's rehearsal grid: the songs (by title) against the active members, with each level
/// (nullopt = not rated yet) and the song's average over the members who rated it.
struct MasteryGrid {
    struct Member {
        qint64 userId = 0;
        QString name;
    };
    struct Row {
        qint64 songId = 0;
        QString title;
        std::vector<std::optional<int>> levels; ///< one per member, in members' order
        std::optional<double> average;          ///< nullopt when nobody rated the song
    };
    std::vector<Member> members;
    std::vector<Row> rows;
};

/// A written note on a song ("watch the bridge, bar 32").
struct SongNote {
    qint64 id = 0;
    qint64 songId = 0;
    std::optional<qint64> userId; ///< nullopt once the author's account is deleted
    QString body;
    QString createdAt;
};

/// A recorded audio note on a song. The file lives under the audio-notes folder; fileName is
/// relative to it (RehearsalRepository::audioPath gives the absolute path).
struct AudioNote {
    qint64 id = 0;
    qint64 songId = 0;
    std::optional<qint64> userId;
    QString fileName;
    qint64 sizeBytes = 0;
    QString createdAt;
};

} // namespace oscalis::store
