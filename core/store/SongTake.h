#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace oscalis::store {

/// A recording REAPER made during a rehearsal, attached to the song that was being rehearsed, so
/// members find it on the song's page.
struct SongTake {
    qint64 id = 0;
    qint64 songId = 0;
    std::optional<qint64> eventId; ///< the rehearsal it was recorded in
    QString path;                  ///< the file REAPER wrote (song_takes.project_path)
    QString name;                  ///< shown to members: the file's name and its track
    double startSeconds = 0.0;     ///< its place on REAPER's timeline
    double endSeconds = 0.0;
    QString recordedAt; ///< UTC, ISO 8601: when the recording began
    std::optional<qint64> createdBy;
};

/// One file REAPER recorded, as the ReaScript reported it, ready to be attached.
struct TakeDraft {
    QString path;
    QString name;
    double startSeconds = 0.0;
    double endSeconds = 0.0;
    QDateTime recordedAt; ///< when the recording began (any time spec)
    /// The REAPER region holding the recording's start, empty when none: the agenda song linked
    /// to that region is the one being rehearsed.
    QString region;
    /// The song last chosen with the setlist's Go / Next song before the recording began, and
    /// when: it wins when it was chosen during the same rehearsal.
    std::optional<qint64> chosenSongId;
    QDateTime chosenAt;
};

/// What SongTakeRepository::attach() did with a batch of drafts.
struct TakeOutcome {
    int attached = 0;
    int alreadyThere = 0;     ///< attached before (same file, same time)
    int outsideRehearsal = 0; ///< recorded when no event of the band's agenda was under way
    int noSong = 0;           ///< during a rehearsal, but no song could be told
};

} // namespace oscalis::store
