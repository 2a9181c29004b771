#pragma once

#include "auth/Actor.h"
#include "store/Database.h"
#include "store/Song.h"

#include <QByteArray>

#include <vector>

namespace oscalis::store {

/// What an import did: how many songs came in, and why each refused line was refused.
struct SongImportReport {
    struct LineError {
        int line = 0;    ///< 1-based line of the file (the header is line 1)
        QString message; ///< "Line 4: the tempo “vite” is not a number."
    };
    int imported = 0;
    int rejected = 0;
    std::vector<LineError> errors;
};

/// What a file would import, before anything is saved: the valid songs in file order (with the
/// line each comes from) and the refused lines with their reasons.
struct SongImportPreview {
    std::vector<Song> songs;
    std::vector<int> lines; ///< the 1-based file line of each song
    SongImportReport report; ///< imported is 0; rejected and errors as run() would report them
};

/// Imports songs from a spreadsheet's CSV: a header row naming the columns (title, artist, key,
/// tempo, duration, notes; any order, any case; title required, other columns ignored), then one
/// song per line. Duration is m:ss or seconds. Accepts ',' or ';' separators, quoted fields and
/// a UTF-8 byte order mark. Valid lines are imported together in one transaction (AddSong, one
/// song.add audit entry each plus one song.import entry); invalid lines are reported, not imported.
/// Owner: whoever owns the Database; same thread as it.
class SongCsvImport {
public:
    static constexpr qsizetype kMaxBytes = 5 * 1024 * 1024;
    static constexpr int kMaxSongs = 5000;

    explicit SongCsvImport(Database& db) : m_db(db) {}

    /// A file that cannot be read at all (no title column, too large, permission) is an Error;
    /// bad lines are in the report.
    Result<SongImportReport> run(const auth::Actor& actor, qint64 bandId, const QByteArray& csv);
    Result<SongImportReport> runFile(const auth::Actor& actor, qint64 bandId, const QString& file);
    /// Reads csv as run() would, without saving anything (and without a permission check), so
    /// the user can see what will come in and what will not.
    static Result<SongImportPreview> preview(qint64 bandId, const QByteArray& csv);

    /// "3:25" or "205" → 205 seconds; nullopt for anything else.
    static std::optional<int> parseDuration(const QString& text);

private:
    Database& m_db;
};

} // namespace oscalis::store
