#pragma once

#include "auth/Action.h"
#include "auth/Actor.h"
#include "store/Database.h"
#include "store/Rehearsal.h"

#include <vector>

namespace oscalis::store {

/// Rehearsal work on the repertoire: each member's mastery of each song (with its history), the
/// band's grid, written notes and recorded audio notes.
///
/// Owner: whoever owns the Database; same thread as it. Audio note files live in
/// `<audioRoot>/audio-notes/` (audioRoot is normally the app-data folder); the database keeps only
/// their generated file names, relative to that folder. A file and its row are saved together or
/// not at all: when the transaction fails, the copied file is deleted again.
class RehearsalRepository {
public:
    static constexpr int kMaxLevel = 10;
    /// Larger recordings are refused before anything is copied.
    static constexpr qint64 kMaxAudioBytes = 20 * 1024 * 1024;
    static constexpr const char* kAudioFolder = "audio-notes";

    explicit RehearsalRepository(Database& db, QString audioRoot = {});

    /// Sets userId's mastery of songId (0..10). One's own needs SetOwnMastery, someone else's
    /// SetOthersMastery; userId must be an active member of the song's band. A real change adds
    /// one mastery_history row and one audit entry; setting the same level again changes nothing.
    Status setMastery(const auth::Actor& actor, qint64 songId, qint64 userId, int level);
    /// The level, or nullopt when not rated yet.
    Result<std::optional<int>> mastery(qint64 songId, qint64 userId);
    /// Songs (by title) × active members (by name), with levels and per-song averages.
    Result<MasteryGrid> grid(qint64 bandId);
    /// Every change of every member's level for one song, oldest first.
    Result<std::vector<MasteryChange>> history(qint64 songId);

    Result<SongNote> addNote(const auth::Actor& actor, qint64 songId, const QString& body);
    /// Newest first.
    Result<std::vector<SongNote>> notes(qint64 songId);
    /// The author may remove their own note; anyone else needs DeleteNote.
    Status removeNote(const auth::Actor& actor, qint64 noteId);

    /// Copies sourceFile (at most 20 MiB) into the audio-notes folder under a generated name and
    /// records it. Needs AddAudioNote in the song's band.
    Result<AudioNote> addAudioNote(const auth::Actor& actor, qint64 songId, const QString& sourceFile);
    /// Newest first.
    Result<std::vector<AudioNote>> audioNotes(qint64 songId);
    /// Removes the row, then the file. The author may remove their own; others need DeleteNote.
    Status removeAudioNote(const auth::Actor& actor, qint64 noteId);
    /// The absolute path of the note's file, for playback; NotFound if the file has gone.
    Result<QString> audioPath(qint64 noteId);

    /// `<audioRoot>/audio-notes`.
    QString audioFolder() const;

private:
    Result<qint64> songBand(qint64 songId);
    /// Succeeds if the actor wrote it (and is still a member), or may DeleteNote in the band.
    Status mayRemove(const auth::Actor& actor, std::optional<qint64> authorId, qint64 bandId, auth::Action ownAction);

    Database& m_db;
    QString m_audioRoot;
};

} // namespace oscalis::store
