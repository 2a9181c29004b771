// Writes the schema-history fixtures used by test_store_migrations:
//   v0.sqlite  an empty file (what a first start finds)
//   v1.sqlite  schema 1 with two users, a band, memberships, settings, a session, an audit line
//   v2.sqlite  schema 2: the same plus two songs, a suggestion and a vote
//   v3.sqlite  schema 3: the same plus mastery, a rehearsal with an answer, a gig with a setlist
//   v4.sqlite  schema 4: the same plus a chat room with a message, a played setlist line and a take
// Usage: oscalis_make_store_fixtures <output folder>   (the files are committed under tests/data/store)
// The rows are written with plain SQL of that version, since today's repositories speak the latest schema.

#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace oscalis::store;

namespace {

bool run(Database& db, const QStringList& statements) {
    for (const QString& sql : statements) {
        auto r = db.exec(sql);
        if (!r.ok()) {
            QTextStream(stderr) << r.error().message << "\n" << sql << "\n";
            return false;
        }
    }
    return true;
}

const QStringList kVersion1Rows = {
    QStringLiteral("INSERT INTO users (id, username, display_name, password_hash, role, created_at) VALUES "
                   "(1, 'Alice', 'Alice Martin', '$argon2id$fixture', 'admin', '2024-01-05T10:00:00.000Z')"),
    QStringLiteral("INSERT INTO users (id, username, display_name, password_hash, role, created_at) VALUES "
                   "(2, 'bob', 'Bob Durand', '$argon2id$fixture', 'member', '2024-01-06T10:00:00.000Z')"),
    QStringLiteral("INSERT INTO bands (id, name, owner_id, invite_code, created_at) VALUES "
                   "(1, 'Les Tilleuls', 1, 'K7M2PQ9X', '2024-01-05T10:05:00.000Z')"),
    QStringLiteral("INSERT INTO memberships (band_id, user_id, role_in_band, nickname, instrument, status, joined_at) "
                   "VALUES (1, 1, 'leader', 'Al', 'guitare', 'active', '2024-01-05T10:05:00.000Z')"),
    QStringLiteral("INSERT INTO memberships (band_id, user_id, role_in_band, nickname, instrument, status, joined_at) "
                   "VALUES (1, 2, 'member', '', 'batterie', 'active', '2024-01-06T10:05:00.000Z')"),
    QStringLiteral("INSERT INTO band_settings (band_id, display_name, theme, layout) VALUES (1, '', 'dark', 'standard')"),
    QStringLiteral("UPDATE users SET last_band_id = 1"),
    QStringLiteral("INSERT INTO sessions (user_id, token_hash, created_at, expires_at, device, last_seen) VALUES "
                   "(2, 'ab12fixture', '2024-01-06T10:00:00.000Z', '2024-02-06T10:00:00.000Z', 'phone', "
                   "'2024-01-06T10:00:00.000Z')"),
    QStringLiteral("INSERT INTO audit_log (at, user_id, band_id, action, target, after_json) VALUES "
                   "('2024-01-05T10:05:00.000Z', 1, 1, 'band.create', 'band:1', '{\"name\":\"Les Tilleuls\"}')"),
};

const QStringList kVersion2Rows = {
    QStringLiteral("INSERT INTO songs (id, band_id, title, artist, tempo_bpm, duration_s, search_key, created_at) VALUES "
                   "(1, 1, 'Comme un ouragan', 'Stéphanie', 120, 215, 'comme un ouragan\nstéphanie', "
                   "'2024-02-01T18:00:00.000Z')"),
    QStringLiteral("INSERT INTO songs (id, band_id, title, artist, tempo_bpm, duration_s, search_key, created_at) VALUES "
                   "(2, 1, 'Éthiopie', 'Chanteurs sans frontières', 96, 250, 'éthiopie\nchanteurs sans frontières', "
                   "'2024-02-02T18:00:00.000Z')"),
    QStringLiteral("INSERT INTO suggestions (id, band_id, title, artist, author_id, created_at) VALUES "
                   "(1, 1, 'Le Sud', 'Nino Ferrer', 2, '2024-02-03T18:00:00.000Z')"),
    QStringLiteral("INSERT INTO suggestion_votes (suggestion_id, user_id, voted_at) VALUES (1, 1, '2024-02-03T19:00:00.000Z')"),
};

const QStringList kVersion3Rows = {
    QStringLiteral("INSERT INTO mastery (song_id, user_id, level, updated_at) VALUES (1, 2, 7, '2024-03-01T20:00:00.000Z')"),
    QStringLiteral("INSERT INTO mastery_history (song_id, user_id, level, at) VALUES (1, 2, 7, '2024-03-01T20:00:00.000Z')"),
    QStringLiteral("INSERT INTO events (id, band_id, title, starts_at, duration_min, place, created_by, created_at) VALUES "
                   "(1, 1, 'Répétition', '2024-03-08T20:30:00', 150, 'Le local', 1, '2024-03-01T19:00:00.000Z')"),
    QStringLiteral("INSERT INTO event_answers (event_id, user_id, answer, answered_at) VALUES "
                   "(1, 2, 'maybe', '2024-03-02T08:00:00.000Z')"),
    QStringLiteral("INSERT INTO gigs (id, band_id, name, date, venue, created_at) VALUES "
                   "(1, 1, 'Fête de la musique', '2024-06-21', 'Place du marché', '2024-03-01T19:00:00.000Z')"),
    QStringLiteral("INSERT INTO setlist_items (gig_id, position, song_id) VALUES (1, 1, 2)"),
    QStringLiteral("INSERT INTO setlist_items (gig_id, position, break_minutes) VALUES (1, 2, 15)"),
};

const QStringList kVersion4Rows = {
    QStringLiteral("INSERT INTO chat_rooms (id, band_id, kind, name, created_by, created_at, last_seq) VALUES "
                   "(1, 1, 'room', 'général', 1, '2024-04-01T18:00:00.000Z', 1)"),
    QStringLiteral("INSERT INTO chat_messages (room_id, seq, author_id, text, at) VALUES "
                   "(1, 1, 2, 'On répète jeudi ?', '2024-04-01T18:05:00.000Z')"),
    QStringLiteral("UPDATE setlist_items SET played_seconds = 251 WHERE gig_id = 1 AND position = 1"),
    QStringLiteral("INSERT INTO song_takes (song_id, event_id, project_path, name, start_seconds, end_seconds, "
                   "recorded_at, created_by) VALUES (1, 1, '/home/band/Répète.RPP', 'Comme un ouragan-01.wav', "
                   "12.5, 230.0, '2024-03-08T19:45:00.000Z', 1)"),
};

bool make(const QString& folder, int version) {
    const QString path = QDir(folder).filePath(QStringLiteral("v%1.sqlite").arg(version));
    for (const QString& stale : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) QFile::remove(stale);
    if (version == 0) {
        QFile empty(path);
        return empty.open(QIODevice::WriteOnly);
    }
    auto db = Database::open(path);
    if (!db.ok()) return false;
    if (!Migrations::standard().run(**db, version, false).ok()) return false;
    if (!run(**db, kVersion1Rows)) return false;
    if (version >= 2 && !run(**db, kVersion2Rows)) return false;
    if (version >= 3 && !run(**db, kVersion3Rows)) return false;
    if (version >= 4 && !run(**db, kVersion4Rows)) return false;
    // One self-contained file: fold the WAL back in and leave rollback-journal mode.
    return run(**db, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("PRAGMA journal_mode=DELETE")});
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: oscalis_make_store_fixtures <output folder>\n";
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    for (int v : {0, 1, 2, 3, 4})
        if (!make(folder, v)) {
            QTextStream(stderr) << "could not write fixture v" << v << "\n";
            return 1;
        }
    return 0;
}
