// Benchmark: the band database at the size of a busy installation (100 bands, 10,000 songs,
// 100,000 events and as many answers). Four figures, each a median and a ratio to a baseline of
// the same run: open to first page, song search, setlist reorder, password verification.
// Usage: bench_store [rounds]   (the generated database is cached beside the executable)

#include "BenchSupport.h"

#include "auth/PasswordHasher.h"
#include "store/EventRepository.h"
#include "store/GigRepository.h"
#include "store/Migrations.h"
#include "store/SongRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <functional>
#include <random>

using namespace oscalis;
using oscalis::bench::die;
using oscalis::bench::median;

namespace {

constexpr int kBands = 100, kMembersPerBand = 5, kSongsPerBand = 100, kEventsPerBand = 1000, kSetlist = 30;
const char* kNow = "2026-05-17T12:00:00";

double msSince(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

/// A prepared statement on a raw connection; binds text/int, steps, resets.
class Stmt {
public:
    Stmt(sqlite3* db, const char* sql) {
        if (sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr) != SQLITE_OK) die(sqlite3_errmsg(db));
    }
    ~Stmt() { sqlite3_finalize(m_st); }
    Stmt& bind(int i, qint64 v) { sqlite3_bind_int64(m_st, i, v); return *this; }
    Stmt& bind(int i, const QByteArray& v) { sqlite3_bind_text(m_st, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); return *this; }
    /// Steps to the end; returns the number of rows.
    int run() {
        int rows = 0, rc;
        while ((rc = sqlite3_step(m_st)) == SQLITE_ROW) ++rows;
        if (rc != SQLITE_DONE) die(sqlite3_errmsg(sqlite3_db_handle(m_st)));
        sqlite3_reset(m_st);
        return rows;
    }

private:
    sqlite3_stmt* m_st = nullptr;
};

void exec(sqlite3* db, const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) die(error);
}

sqlite3* openRaw(const QString& path) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        die("cannot open the benchmark database");
    return db;
}

void generate(const QString& path) {
    QFile::remove(path);
    {
        auto db = store::Migrations::openLatest(path);
        if (!db.ok()) die(qPrintable(db.error().message));
    }
    sqlite3* db = openRaw(path);
    std::mt19937 rng(42);
    const char* words[] = {"love", "night", "sud", "danse", "road", "fire", "blue", "rain", "soleil", "heart",
                           "city", "river", "moon", "océan", "dream", "light", "train", "home", "wild", "gold"};
    auto word = [&] { return QString::fromUtf8(words[rng() % 20]); };
    QElapsedTimer t;
    t.start();
    exec(db, "BEGIN");
    {
        Stmt user(db, "INSERT INTO users (id, username, display_name, password_hash, created_at) VALUES (?, ?, ?, 'x', '2026-01-01')");
        Stmt band(db, "INSERT INTO bands (id, name, owner_id, invite_code, created_at) VALUES (?, ?, ?, ?, '2026-01-01')");
        Stmt member(db, "INSERT INTO memberships (band_id, user_id, role_in_band, joined_at) VALUES (?, ?, ?, '2026-01-01')");
        Stmt song(db, "INSERT INTO songs (id, band_id, title, artist, duration_s, search_key, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, '2026-01-01')");
        Stmt event(db, "INSERT INTO events (id, band_id, title, starts_at, created_at) VALUES (?, ?, 'Répétition', ?, '2026-01-01')");
        Stmt answer(db, "INSERT INTO event_answers (event_id, user_id, answer) VALUES (?, ?, ?)");
        Stmt gig(db, "INSERT INTO gigs (id, band_id, name, date, created_at) VALUES (?, ?, 'Concert', '2026-06-21', '2026-01-01')");
        Stmt item(db, "INSERT INTO setlist_items (gig_id, position, song_id) VALUES (?, ?, ?)");
        const QDateTime first(QDate(2020, 1, 1), QTime(20, 0), Qt::UTC);
        qint64 songId = 0, eventId = 0;
        for (int b = 1; b <= kBands; ++b) {
            const qint64 leader = qint64(b - 1) * kMembersPerBand + 1;
            for (int m = 0; m < kMembersPerBand; ++m) {
                const QByteArray name = QByteArray("user") + QByteArray::number(leader + m);
                user.bind(1, leader + m).bind(2, name).bind(3, name).run();
            }
            band.bind(1, b).bind(2, QByteArray("Band ") + QByteArray::number(b)).bind(3, leader)
                .bind(4, QByteArray("CODE") + QByteArray::number(b)).run();
            for (int m = 0; m < kMembersPerBand; ++m)
                member.bind(1, b).bind(2, leader + m).bind(3, m == 0 ? QByteArray("leader") : QByteArray("member")).run();
            for (int s = 0; s < kSongsPerBand; ++s) {
                const QString title = word() + QLatin1Char(' ') + word() + QLatin1Char(' ') + QString::number(s);
                const QString artist = word() + QStringLiteral(" band");
                song.bind(1, ++songId).bind(2, b).bind(3, title.toUtf8()).bind(4, artist.toUtf8()).bind(5, 120 + rng() % 240)
                    .bind(6, (title + QLatin1Char('\n') + artist).toCaseFolded().toUtf8()).run();
            }
            for (int e = 0; e < kEventsPerBand; ++e) {
                const QByteArray start = first.addSecs(qint64(e) * 3 * 86400 + (rng() % 6) * 3600)
                                             .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toUtf8();
                event.bind(1, ++eventId).bind(2, b).bind(3, start).run();
                answer.bind(1, eventId).bind(2, leader + rng() % kMembersPerBand)
                    .bind(3, QByteArray(rng() % 2 ? "yes" : "maybe")).run();
            }
            gig.bind(1, b).bind(2, b).run();
            for (int i = 1; i <= kSetlist; ++i) item.bind(1, b).bind(2, i).bind(3, songId - kSongsPerBand + i).run();
        }
    }
    exec(db, "COMMIT");
    exec(db, "ANALYZE");
    sqlite3_close(db);
    std::printf("generated %s in %.1f s\n", qPrintable(path), msSince(t) / 1000.0);
}

bool cacheIsCurrent(const QString& path) {
    if (!QFile::exists(path)) return false;
    sqlite3* db = openRaw(path);
    sqlite3_stmt* st = nullptr;
    bool ok = sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM events) = 100000 AND (SELECT count(*) FROM songs) = 10000 "
                                     "AND (SELECT count(*) FROM setlist_items) = 3000", -1, &st, nullptr) == SQLITE_OK &&
              sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ok;
}

/// Median in ms of fn over rounds, after one warm-up call.
double timeIt(int rounds, const std::function<void()>& fn) {
    fn();
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms.push_back(msSince(t));
    }
    return median(ms);
}

const char* kPageSql = "SELECT id, band_id, title, artist, musical_key, tempo_bpm, duration_s, notes, links, reaper_region, "
                       "suggestion_id, created_at FROM songs WHERE band_id = ? AND search_key LIKE ? ESCAPE '\\' "
                       "ORDER BY title COLLATE NOCASE, id LIMIT 50 OFFSET 0";
const char* kCountSql = "SELECT count(*) FROM songs WHERE band_id = ? AND search_key LIKE ? ESCAPE '\\'";
const char* kNextSql = "SELECT id, title, starts_at FROM events WHERE band_id = ? AND starts_at >= ? ORDER BY starts_at, id LIMIT 1";

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("oscalis.store.info=false\noscalis.store.debug=false"));
    const int rounds = argc > 1 ? std::max(5, std::atoi(argv[1])) : 30;
    if (sodium_init() < 0) die("libsodium");
    const QString cached = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_store.sqlite");
    if (!cacheIsCurrent(cached)) generate(cached);
    else std::printf("reusing %s\n", qPrintable(cached));
    const QDateTime now = QDateTime::fromString(QString::fromLatin1(kNow), Qt::ISODate);
    const qint64 band = 42;

    // 1. Open to first page: open + migration check + the band's first songs page + next event.
    const double openMs = timeIt(rounds, [&] {
        auto db = store::Migrations::openLatest(cached);
        if (!db.ok()) die(qPrintable(db.error().message));
        if (!store::SongRepository(**db).search(band, QString(), 0, 50).ok()) die("search");
        if (!store::EventRepository(**db).next(band, now).ok()) die("next");
    });
    const double openRawMs = timeIt(rounds, [&] {
        sqlite3* db = openRaw(cached);
        Stmt(db, "PRAGMA user_version").run();
        Stmt(db, kCountSql).bind(1, band).bind(2, QByteArray("%%")).run();
        Stmt(db, kPageSql).bind(1, band).bind(2, QByteArray("%%")).run();
        Stmt(db, kNextSql).bind(1, band).bind(2, QByteArray(kNow)).run();
        sqlite3_close(db);
    });

    // 2. Song search: a substring in one band (count + first page), and across all bands.
    auto opened = store::Migrations::openLatest(cached);
    if (!opened.ok()) die(qPrintable(opened.error().message));
    store::Database& db = **opened;
    store::SongRepository songs(db);
    const double searchMs = timeIt(rounds * 5, [&] { if (!songs.search(band, QStringLiteral("LOVE")).ok()) die("search"); });
    const QString allSql = QStringLiteral("SELECT id, band_id, title, artist FROM songs WHERE search_key LIKE ? ESCAPE '\\' "
                                          "ORDER BY title COLLATE NOCASE, id LIMIT 50");
    const double searchAllMs = timeIt(rounds * 5, [&] {
        if (!db.scalar(QStringLiteral("SELECT count(*) FROM songs WHERE search_key LIKE ? ESCAPE '\\'"), {QStringLiteral("%love%")}).ok() ||
            !db.select(allSql, {QStringLiteral("%love%")}).ok())
            die("search all");
    });
    sqlite3* raw = openRaw(cached);
    Stmt count(raw, kCountSql), page(raw, kPageSql);
    Stmt countAll(raw, "SELECT count(*) FROM songs WHERE search_key LIKE ? ESCAPE '\\'");
    Stmt pageAll(raw, "SELECT id, band_id, title, artist FROM songs WHERE search_key LIKE ? ESCAPE '\\' "
                      "ORDER BY title COLLATE NOCASE, id LIMIT 50");
    const double searchRawMs = timeIt(rounds * 5, [&] {
        count.bind(1, band).bind(2, QByteArray("%love%")).run();
        page.bind(1, band).bind(2, QByteArray("%love%")).run();
    });
    const double searchAllRawMs = timeIt(rounds * 5, [&] {
        countAll.bind(1, QByteArray("%love%")).run();
        pageAll.bind(1, QByteArray("%love%")).run();
    });
    sqlite3_close(raw);
    opened = store::Error{};

    // 3. Setlist reorder: 30 moves of a 30-song setlist, one transaction (and one fsync) each.
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("reorder.sqlite"));
    if (!QFile::copy(cached, copy)) die("copy for the reorder");
    std::vector<double> moveMs, updateMs;
    {
        auto writable = store::Migrations::openLatest(copy);
        if (!writable.ok()) die(qPrintable(writable.error().message));
        store::GigRepository gigs(**writable);
        const auth::Actor leader{qint64(band - 1) * kMembersPerBand + 1, auth::GlobalRole::Member};
        for (int r = 0; r < 3; ++r) {
            auto items = gigs.items(band);
            if (!items.ok() || items->size() != std::size_t(kSetlist)) die("setlist");
            for (int i = 0; i < kSetlist; ++i) {
                QElapsedTimer t;
                t.start();
                if (store::Status s = gigs.moveItem(leader, (*items)[std::size_t(i)].id, (i * 7) % kSetlist + 1); !s.ok())
                    die(qPrintable(s.error().message));
                moveMs.push_back(msSince(t));
            }
        }
    }
    {
        sqlite3* w = openRaw(copy);
        exec(w, "PRAGMA journal_mode=WAL");
        exec(w, "PRAGMA synchronous=FULL");
        Stmt begin(w, "BEGIN IMMEDIATE"), update(w, "UPDATE setlist_items SET note = ? WHERE id = ?"), commit(w, "COMMIT");
        for (int i = 0; i < 3 * kSetlist; ++i) {
            QElapsedTimer t;
            t.start();
            begin.run();
            update.bind(1, QByteArray::number(i)).bind(2, qint64(band - 1) * kSetlist + 1 + i % kSetlist).run();
            commit.run();
            updateMs.push_back(msSince(t));
        }
        sqlite3_close(w);
    }
    const double moveMedian = median(moveMs), updateMedian = median(updateMs);

    // 4. Password verification at the chosen cost vs an unstretched hash of the same password.
    auth::PasswordHasher hasher; // Cost::interactive()
    const QString password = QStringLiteral("correct horse battery staple");
    auto hash = hasher.hash(password);
    if (!hash.ok()) die("hash");
    const double verifyMs = timeIt(7, [&] { if (!hasher.verify(*hash, password)) die("verify"); });
    const QByteArray utf8 = password.toUtf8();
    unsigned char digest[crypto_generichash_BYTES];
    const double plainMs = timeIt(1000, [&] {
        crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(utf8.constData()),
                           static_cast<unsigned long long>(utf8.size()), nullptr, 0);
    });

    const bool pass = openMs < 100 && searchMs < 20 && searchAllMs < 20;
    std::printf("\n| Figure | Oscalis (median) | Baseline (median) | Ratio | Target |\n|---|---|---|---|---|\n");
    std::printf("| Open to first page | %.2f ms | %.2f ms (raw sqlite3 open + same queries) | %.2f | < 100 ms |\n", openMs, openRawMs, openMs / openRawMs);
    std::printf("| Song search, one band | %.3f ms | %.3f ms (raw prepared statements) | %.2f | < 20 ms |\n", searchMs, searchRawMs, searchMs / searchRawMs);
    std::printf("| Song search, all bands | %.3f ms | %.3f ms (raw prepared statements) | %.2f | < 20 ms |\n", searchAllMs, searchAllRawMs, searchAllMs / searchAllRawMs);
    std::printf("| Setlist move (30 items) | %.2f ms | %.2f ms (one-row UPDATE + COMMIT) | %.2f | - |\n", moveMedian, updateMedian, moveMedian / updateMedian);
    std::printf("| Password verification | %.1f ms | %.4f ms (crypto_generichash) | %.0f | - |\n", verifyMs, plainMs, verifyMs / plainMs);
    std::printf("RESULT store open_ms=%.2f open_raw_ms=%.2f open_ratio=%.2f search_ms=%.3f search_raw_ms=%.3f search_ratio=%.2f "
                "search_all_ms=%.3f search_all_raw_ms=%.3f search_all_ratio=%.2f move_ms=%.2f update_ms=%.2f move_ratio=%.2f "
                "verify_ms=%.1f generichash_ms=%.4f verify_ratio=%.0f pass=%s\n",
                openMs, openRawMs, openMs / openRawMs, searchMs, searchRawMs, searchMs / searchRawMs, searchAllMs, searchAllRawMs,
                searchAllMs / searchAllRawMs, moveMedian, updateMedian, moveMedian / updateMedian, verifyMs, plainMs,
                verifyMs / plainMs, pass ? "yes" : "no");
    return 0;
}
