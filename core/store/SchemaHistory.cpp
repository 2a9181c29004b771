#include "store/SchemaHistory.h"

#include "store/Database.h"

#include <QStringList>

namespace oscalis::store {

namespace {

// Qt's SQLite driver runs one statement per call, so each step is a list of statements.
// Every table is STRICT (SQLite >= 3.37) and checks its own limits, as a second line of defence
// behind the repositories' validation.
const QStringList kVersion1 = {
    QStringLiteral(R"(CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(username) BETWEEN 1 AND 64),
        display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('admin', 'moderator', 'member')),
        last_band_id INTEGER REFERENCES bands(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))) STRICT)"),
    QStringLiteral(R"(CREATE TABLE bands (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        owner_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        invite_code TEXT NOT NULL UNIQUE,
        logo BLOB,
        created_at TEXT NOT NULL) STRICT)"),
    QStringLiteral(R"(CREATE TABLE memberships (
        band_id INTEGER NOT NULL REFERENCES bands(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role_in_band TEXT NOT NULL DEFAULT 'member' CHECK (role_in_band IN ('leader', 'member')),
        nickname TEXT NOT NULL DEFAULT '' CHECK (length(nickname) <= 200),
        instrument TEXT NOT NULL DEFAULT '' CHECK (length(instrument) <= 200),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('invited', 'active', 'left')),
        joined_at TEXT NOT NULL,
        PRIMARY KEY (band_id, user_id)) STRICT)"),
    QStringLiteral("CREATE INDEX memberships_by_user ON memberships(user_id)"),
    QStringLiteral(R"(CREATE TABLE band_settings (
        band_id INTEGER PRIMARY KEY REFERENCES bands(id) ON DELETE CASCADE,
        display_name TEXT NOT NULL DEFAULT '' CHECK (length(display_name) <= 200),
        theme TEXT NOT NULL DEFAULT 'system' CHECK (theme IN ('system', 'light', 'dark')),
        layout TEXT NOT NULL DEFAULT 'standard' CHECK (layout IN ('standard', 'compact', 'kiosk'))) STRICT)"),
    QStringLiteral(R"(CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        device TEXT NOT NULL DEFAULT '' CHECK (length(device) <= 200),
        last_seen TEXT NOT NULL,
        revoked_at TEXT) STRICT)"),
    QStringLiteral("CREATE INDEX sessions_by_user ON sessions(user_id)"),
    QStringLiteral(R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        band_id INTEGER,
        action TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        before_json TEXT,
        after_json TEXT) STRICT)"),
    QStringLiteral("CREATE INDEX audit_by_band_time ON audit_log(band_id, at)"),
    QStringLiteral("CREATE INDEX audit_by_user_time ON audit_log(user_id, at)"),
};

const QStringList kVersion2 = {
    QStringLiteral(R"(CREATE TABLE songs (
        id INTEGER PRIMARY KEY,
        band_id INTEGER NOT NULL REFERENCES bands(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        artist TEXT NOT NULL DEFAULT '' CHECK (length(artist) <= 200),
        musical_key TEXT NOT NULL DEFAULT '' CHECK (length(musical_key) <= 16),
        tempo_bpm INTEGER CHECK (tempo_bpm IS NULL OR tempo_bpm BETWEEN 1 AND 400),
        duration_s INTEGER CHECK (duration_s IS NULL OR duration_s BETWEEN 0 AND 86400),
        notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
        links TEXT NOT NULL DEFAULT '' CHECK (length(links) <= 10000),
        search_key TEXT NOT NULL DEFAULT '',
        suggestion_id INTEGER REFERENCES suggestions(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL) STRICT)"),
    QStringLiteral("CREATE INDEX songs_by_band_title ON songs(band_id, title COLLATE NOCASE)"),
    QStringLiteral(R"(CREATE TABLE suggestions (
        id INTEGER PRIMARY KEY,
        band_id INTEGER NOT NULL REFERENCES bands(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        artist TEXT NOT NULL DEFAULT '' CHECK (length(artist) <= 200),
        link TEXT NOT NULL DEFAULT '' CHECK (length(link) <= 2000),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 10000),
        author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        promoted_song_id INTEGER REFERENCES songs(id) ON DELETE SET NULL) STRICT)"),
    QStringLiteral("CREATE INDEX suggestions_by_band ON suggestions(band_id, created_at)"),
    QStringLiteral(R"(CREATE TABLE suggestion_votes (
        suggestion_id INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        voted_at TEXT NOT NULL,
        PRIMARY KEY (suggestion_id, user_id)) STRICT)"),
};

const QStringList kVersion3 = {
    QStringLiteral("ALTER TABLE songs ADD COLUMN reaper_region TEXT NOT NULL DEFAULT '' "
                   "CHECK (length(reaper_region) <= 200)"),
    QStringLiteral(R"(CREATE TABLE mastery (
        song_id INTEGER NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (song_id, user_id)) STRICT)"),
    QStringLiteral(R"(CREATE TABLE mastery_history (
        id INTEGER PRIMARY KEY,
        song_id INTEGER NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
        at TEXT NOT NULL) STRICT)"),
    QStringLiteral("CREATE INDEX mastery_history_by_song_user ON mastery_history(song_id, user_id, at)"),
    QStringLiteral(R"(CREATE TABLE song_notes (
        id INTEGER PRIMARY KEY,
        song_id INTEGER NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
        user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        created_at TEXT NOT NULL) STRICT)"),
    QStringLiteral("CREATE INDEX song_notes_by_song ON song_notes(song_id, created_at)"),
    QStringLiteral(R"(CREATE TABLE audio_notes (
        id INTEGER PRIMARY KEY,
        song_id INTEGER NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
        user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 260),
        size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 0 AND 20971520),
        created_at TEXT NOT NULL) STRICT)"),
    QStringLiteral("CREATE INDEX audio_notes_by_song ON audio_notes(song_id, created_at)"),
    QStringLiteral(R"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        band_id INTEGER NOT NULL REFERENCES bands(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        starts_at TEXT NOT NULL,
        duration_min INTEGER NOT NULL DEFAULT 120 CHECK (duration_min BETWEEN 0 AND 1440),
        place TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 200),
        reply_by TEXT,
        created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL) STRICT)"),
    QStringLiteral("CREATE INDEX events_by_band_start ON events(band_id, starts_at)"),
    QStringLiteral(R"(CREATE TABLE event_songs (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        song_id INTEGER NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, position)) STRICT)"),
    // The primary key (event_id, user_id) is also the index for "answers by event".
    QStringLiteral(R"(CREATE TABLE event_answers (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        answer TEXT CHECK (answer IS NULL OR answer IN ('yes', 'no', 'maybe')),
        answered_at TEXT,
        attended INTEGER CHECK (attended IS NULL OR attended IN (0, 1)),
        PRIMARY KEY (event_id, user_id)) STRICT)"),
    QStringLiteral(R"(CREATE TABLE gigs (
        id INTEGER PRIMARY KEY,
        band_id INTEGER NOT NULL REFERENCES bands(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        date TEXT NOT NULL,
        venue TEXT NOT NULL DEFAULT '' CHECK (length(venue) <= 200),
        address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 2000),
        contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 2000),
        fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'confirmed', 'played', 'cancelled')),
        created_at TEXT NOT NULL) STRICT)"),
    QStringLiteral("CREATE INDEX gigs_by_band_date ON gigs(band_id, date)"),
    QStringLiteral(R"(CREATE TABLE setlist_items (
        id INTEGER PRIMARY KEY,
        gig_id INTEGER NOT NULL REFERENCES gigs(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        song_id INTEGER REFERENCES songs(id) ON DELETE CASCADE,
        break_minutes INTEGER CHECK (break_minutes IS NULL OR break_minutes BETWEEN 0 AND 600),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        CHECK ((song_id IS NULL) <> (break_minutes IS NULL)),
        UNIQUE (gig_id, position)) STRICT)"),
};

// Version 4: chat (rooms, direct messages, numbered messages, read marks), the private calendar
// feed addresses, and who may use the browser remote in each band.
const QStringList kVersion4 = {
    QStringLiteral(R"(CREATE TABLE chat_rooms (
        id INTEGER PRIMARY KEY,
        band_id INTEGER NOT NULL REFERENCES bands(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('room', 'direct')),
        name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 40),
        direct_key TEXT,
        created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
        CHECK ((kind = 'direct') = (direct_key IS NOT NULL)),
        UNIQUE (band_id, direct_key)) STRICT)"),
    QStringLiteral("CREATE UNIQUE INDEX chat_rooms_by_name ON chat_rooms(band_id, name COLLATE NOCASE) "
                   "WHERE kind = 'room'"),
    QStringLiteral(R"(CREATE TABLE chat_room_members (
        room_id INTEGER NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (room_id, user_id)) STRICT)"),
    QStringLiteral(R"(CREATE TABLE chat_messages (
        id INTEGER PRIMARY KEY,
        room_id INTEGER NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq > 0),
        author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        client_id TEXT NOT NULL DEFAULT '' CHECK (length(client_id) <= 64),
        text TEXT NOT NULL CHECK (length(text) <= 4000),
        mentions TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
        UNIQUE (room_id, seq)) STRICT)"),
    QStringLiteral("CREATE UNIQUE INDEX chat_messages_by_client ON chat_messages(author_id, client_id) "
                   "WHERE client_id <> ''"),
    QStringLiteral(R"(CREATE TABLE chat_reads (
        room_id INTEGER NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        last_read_seq INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (room_id, user_id)) STRICT)"),
    QStringLiteral(R"(CREATE TABLE calendar_feeds (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        band_id INTEGER NOT NULL REFERENCES bands(id) ON DELETE CASCADE,
        token TEXT NOT NULL UNIQUE CHECK (length(token) >= 32),
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, band_id)) STRICT)"),
    QStringLiteral("ALTER TABLE band_settings ADD COLUMN remote_access TEXT NOT NULL DEFAULT 'leaders' "
                   "CHECK (remote_access IN ('nobody', 'leaders', 'members'))"),
    // What REAPER tells back from a gig played in live mode, and rehearsal takes linked to songs.
    QStringLiteral("ALTER TABLE setlist_items ADD COLUMN played_seconds INTEGER "
                   "CHECK (played_seconds IS NULL OR played_seconds BETWEEN 0 AND 86400)"),
    QStringLiteral(R"(CREATE TABLE song_takes (
        id INTEGER PRIMARY KEY,
        song_id INTEGER NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
        event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
        project_path TEXT NOT NULL DEFAULT '' CHECK (length(project_path) <= 4096),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        start_seconds REAL NOT NULL DEFAULT 0 CHECK (start_seconds >= 0),
        end_seconds REAL NOT NULL DEFAULT 0 CHECK (end_seconds >= start_seconds),
        recorded_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users(id) ON DELETE SET NULL) STRICT)"),
    QStringLiteral("CREATE INDEX song_takes_by_song ON song_takes(song_id, recorded_at)"),
};

// Version 5: the kiosk's PINs, one per account, only ever as an Argon2id hash.
const QStringList kVersion5 = {
    QStringLiteral(R"(CREATE TABLE kiosk_pins (
        user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        pin_hash TEXT NOT NULL CHECK (pin_hash LIKE '$argon2id$%'),
        set_at TEXT NOT NULL) STRICT)"),
};

std::function<Status(Database&)> run(const QStringList& statements) {
    return [statements](Database& db) -> Status {
        for (const QString& sql : statements) {
            auto r = db.exec(sql);
            if (!r.ok()) return r.error();
        }
        return {};
    };
}

} // namespace

std::vector<MigrationStep> SchemaHistory::steps() {
    return {
        {1, QStringLiteral("accounts and bands"), run(kVersion1)},
        {2, QStringLiteral("songs, suggestions and votes"), run(kVersion2)},
        {3, QStringLiteral("rehearsals, agenda, gigs and setlists"), run(kVersion3)},
        {4, QStringLiteral("chat, calendar feeds, remote access, played setlists and takes"), run(kVersion4)},
        {5, QStringLiteral("kiosk PINs"), run(kVersion5)},
    };
}

} // namespace oscalis::store
