#include "store/SongRepository.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"
#include "store/Validate.h"

namespace oscalis::store {

using auth::Action;

namespace {

const QString kColumns = QStringLiteral("id, band_id, title, artist, musical_key, tempo_bpm, duration_s, notes, links, "
                                        "reaper_region, suggestion_id, created_at");

Song fromRecord(const QSqlRecord& r) {
    return {r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toString(), sql::optInt(r.value(5)), sql::optInt(r.value(6)), r.value(7).toString(),
            r.value(8).toString(), r.value(9).toString(), sql::optId(r.value(10)), r.value(11).toString()};
}

QJsonObject summary(const Song& s) {
    QJsonObject o{{QStringLiteral("title"), s.title}, {QStringLiteral("artist"), s.artist}};
    if (!s.musicalKey.isEmpty()) o.insert(QStringLiteral("key"), s.musicalKey);
    if (s.tempoBpm) o.insert(QStringLiteral("tempo_bpm"), *s.tempoBpm);
    if (s.durationS) o.insert(QStringLiteral("duration_s"), *s.durationS);
    return o;
}

QString searchKey(const Song& s) { return (s.title + QLatin1Char('\n') + s.artist).toCaseFolded(); }
QString target(qint64 id) { return QStringLiteral("song:%1").arg(id); }

Song tidy(Song s) {
    s.title = s.title.trimmed();
    s.artist = s.artist.trimmed();
    s.musicalKey = s.musicalKey.trimmed();
    s.reaperRegion = s.reaperRegion.trimmed();
    return s;
}

} // namespace

Status SongRepository::validate(const Song& s) {
    const Status checks[] = {
        Validate::text(s.title, StoreText::tr("The title"), Validate::kNameMax, true),
        Validate::text(s.artist, StoreText::tr("The artist"), Validate::kNameMax, false),
        Validate::text(s.musicalKey, StoreText::tr("The key"), 16, false),
        Validate::text(s.notes, StoreText::tr("The notes"), Validate::kNoteMax, false),
        Validate::text(s.links, StoreText::tr("The links"), Validate::kNoteMax, false),
        Validate::text(s.reaperRegion, StoreText::tr("The REAPER region"), Validate::kNameMax, false),
        s.tempoBpm ? Validate::range(*s.tempoBpm, 1, 400, StoreText::tr("The tempo (beats per minute)")) : Status(),
        s.durationS ? Validate::range(*s.durationS, 0, 86400, StoreText::tr("The duration (seconds)")) : Status(),
    };
    for (const auto& c : checks)
        if (!c.ok()) return c;
    return {};
}

Result<Song> SongRepository::insertRow(const Song& draft) {
    Song s = tidy(draft);
    s.createdAt = sql::nowUtc();
    auto id = m_db.insert(QStringLiteral("INSERT INTO songs (band_id, title, artist, musical_key, tempo_bpm, duration_s, "
                                         "notes, links, reaper_region, search_key, suggestion_id, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {s.bandId, s.title, s.artist, s.musicalKey, sql::opt(s.tempoBpm), sql::opt(s.durationS),
                           s.notes, s.links, s.reaperRegion, searchKey(s), sql::opt(s.suggestionId), s.createdAt});
    if (!id.ok()) return id.error();
    s.id = *id;
    return s;
}

Result<Song> SongRepository::add(const auth::Actor& actor, const Song& draft) {
    const Song s = tidy(draft);
    if (Status v = validate(s); !v.ok()) return v.error();
    Song added;
    Status done = m_db.transaction([&]() -> Status {
        if (Status p = AccessCheck::require(m_db, actor, Action::AddSong, s.bandId); !p.ok()) return p;
        auto row = insertRow(s);
        if (!row.ok()) return row.error();
        added = *row;
        return AuditRepository::append(m_db, actor, s.bandId, QStringLiteral("song.add"), target(added.id), {},
                                       summary(added));
    });
    if (!done.ok()) return done.error();
    return added;
}

Status SongRepository::update(const auth::Actor& actor, const Song& song) {
    const Song s = tidy(song);
    if (Status v = validate(s); !v.ok()) return v;
    return m_db.transaction([&]() -> Status {
        auto before = find(s.id);
        if (!before.ok()) return before.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::EditSong, before->bandId); !p.ok()) return p;
        auto r = m_db.exec(QStringLiteral("UPDATE songs SET title = ?, artist = ?, musical_key = ?, tempo_bpm = ?, "
                                          "duration_s = ?, notes = ?, links = ?, reaper_region = ?, search_key = ? "
                                          "WHERE id = ?"),
                           {s.title, s.artist, s.musicalKey, sql::opt(s.tempoBpm), sql::opt(s.durationS), s.notes,
                            s.links, s.reaperRegion, searchKey(s), s.id});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, before->bandId, QStringLiteral("song.edit"), target(s.id),
                                       summary(*before), summary(s));
    });
}

Status SongRepository::remove(const auth::Actor& actor, qint64 songId) {
    return m_db.transaction([&]() -> Status {
        auto before = find(songId);
        if (!before.ok()) return before.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::DeleteSong, before->bandId); !p.ok()) return p;
        auto r = m_db.exec(QStringLiteral("DELETE FROM songs WHERE id = ?"), {songId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, before->bandId, QStringLiteral("song.delete"), target(songId),
                                       summary(*before), {});
    });
}

Result<Song> SongRepository::find(qint64 songId) {
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM songs WHERE id = ?").arg(kColumns), {songId});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return Error::notFound(StoreText::tr("This song does not exist (any more)."));
    return fromRecord(rows->front());
}

Result<SongPage> SongRepository::search(qint64 bandId, const QString& text, int offset, int limit) {
    QString needle = text.trimmed().left(Validate::kNameMax).toCaseFolded();
    needle.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    const QString pattern = QLatin1Char('%') + needle + QLatin1Char('%');
    const QString where = QStringLiteral(" FROM songs WHERE band_id = ? AND search_key LIKE ? ESCAPE '\\'");
    auto total = m_db.scalar(QStringLiteral("SELECT count(*)") + where, {bandId, pattern});
    if (!total.ok()) return total.error();
    auto rows = m_db.select(QStringLiteral("SELECT ") + kColumns + where +
                                QStringLiteral(" ORDER BY title COLLATE NAMES, id LIMIT ? OFFSET ?"),
                            {bandId, pattern, qBound(1, limit, 500), qMax(0, offset)});
    if (!rows.ok()) return rows.error();
    SongPage page;
    page.total = total->toInt();
    for (const auto& r : *rows) page.items.push_back(fromRecord(r));
    return page;
}

Result<std::vector<Song>> SongRepository::list(qint64 bandId) {
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM songs WHERE band_id = ? ORDER BY title COLLATE NAMES, id")
                                .arg(kColumns),
                            {bandId});
    if (!rows.ok()) return rows.error();
    std::vector<Song> songs;
    for (const auto& r : *rows) songs.push_back(fromRecord(r));
    return songs;
}

} // namespace oscalis::store
