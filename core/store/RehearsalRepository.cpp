#include "store/RehearsalRepository.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"
#include "store/Validate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <map>

namespace oscalis::store {

using auth::Action;

namespace {

const QString kMemberName = QStringLiteral("coalesce(nullif(m.nickname, ''), u.display_name)");

QString songTarget(qint64 id) { return QStringLiteral("song:%1").arg(id); }

/// The source's extension, if it is a plain short one ("ogg", "m4a"); players need it.
QString safeSuffix(const QString& file) {
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix.isEmpty() || suffix.size() > 8) return {};
    for (const QChar c : suffix)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return {};
    return QLatin1Char('.') + suffix;
}

QString mebibytes(qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); }

} // namespace

RehearsalRepository::RehearsalRepository(Database& db, QString audioRoot)
    : m_db(db), m_audioRoot(std::move(audioRoot)) {}

QString RehearsalRepository::audioFolder() const {
    return QDir(m_audioRoot).filePath(QLatin1String(kAudioFolder));
}

Result<qint64> RehearsalRepository::songBand(qint64 songId) {
    auto band = m_db.scalar(QStringLiteral("SELECT band_id FROM songs WHERE id = ?"), {songId});
    if (!band.ok()) return band.error();
    if (band->isNull()) return Error::notFound(StoreText::tr("This song does not exist (any more)."));
    return band->toLongLong();
}

Status RehearsalRepository::setMastery(const auth::Actor& actor, qint64 songId, qint64 userId, int level) {
    if (Status v = Validate::range(level, 0, kMaxLevel, StoreText::tr("The mastery level")); !v.ok()) return v;
    return m_db.transaction([&]() -> Status {
        auto band = songBand(songId);
        if (!band.ok()) return band.error();
        const Action action = userId == actor.userId ? Action::SetOwnMastery : Action::SetOthersMastery;
        if (Status p = AccessCheck::require(m_db, actor, action, *band); !p.ok()) return p;
        auto role = AccessCheck::bandRole(m_db, userId, *band);
        if (!role.ok()) return role.error();
        if (*role == auth::BandRole::None)
            return Error::invalid(StoreText::tr("This person is not a member of the band."));
        auto before = mastery(songId, userId);
        if (!before.ok()) return before.error();
        if (*before == level) return {};
        const QString now = sql::nowUtc();
        auto r = m_db.exec(QStringLiteral("INSERT INTO mastery (song_id, user_id, level, updated_at) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT (song_id, user_id) DO UPDATE SET level = excluded.level, "
                                          "updated_at = excluded.updated_at"),
                           {songId, userId, level, now});
        if (!r.ok()) return r.error();
        auto h = m_db.insert(QStringLiteral("INSERT INTO mastery_history (song_id, user_id, level, at) VALUES (?, ?, ?, ?)"),
                             {songId, userId, level, now});
        if (!h.ok()) return h.error();
        QJsonObject old{{QStringLiteral("user_id"), userId}};
        if (*before) old.insert(QStringLiteral("level"), **before);
        return AuditRepository::append(m_db, actor, *band, QStringLiteral("mastery.set"), songTarget(songId), old,
                                       {{QStringLiteral("user_id"), userId}, {QStringLiteral("level"), level}});
    });
}

Result<std::optional<int>> RehearsalRepository::mastery(qint64 songId, qint64 userId) {
    auto level = m_db.scalar(QStringLiteral("SELECT level FROM mastery WHERE song_id = ? AND user_id = ?"), {songId, userId});
    if (!level.ok()) return level.error();
    return sql::optInt(*level);
}

Result<MasteryGrid> RehearsalRepository::grid(qint64 bandId) {
    MasteryGrid grid;
    auto members = m_db.select(QStringLiteral("SELECT m.user_id, %1 AS name FROM memberships m JOIN users u ON u.id = m.user_id "
                                              "WHERE m.band_id = ? AND m.status = 'active' ORDER BY name COLLATE NAMES, m.user_id")
                                   .arg(kMemberName),
                               {bandId});
    if (!members.ok()) return members.error();
    std::map<qint64, std::size_t> column;
    for (const auto& r : *members) {
        column[r.value(0).toLongLong()] = grid.members.size();
        grid.members.push_back({r.value(0).toLongLong(), r.value(1).toString()});
    }
    auto songs = m_db.select(QStringLiteral("SELECT id, title FROM songs WHERE band_id = ? ORDER BY title COLLATE NAMES, id"),
                             {bandId});
    if (!songs.ok()) return songs.error();
    std::map<qint64, std::size_t> row;
    for (const auto& r : *songs) {
        row[r.value(0).toLongLong()] = grid.rows.size();
        grid.rows.push_back({r.value(0).toLongLong(), r.value(1).toString(),
                             std::vector<std::optional<int>>(grid.members.size()), std::nullopt});
    }
    auto levels = m_db.select(QStringLiteral("SELECT x.song_id, x.user_id, x.level FROM mastery x JOIN songs s ON s.id = x.song_id "
                                             "WHERE s.band_id = ?"),
                              {bandId});
    if (!levels.ok()) return levels.error();
    for (const auto& r : *levels) {
        const auto s = row.find(r.value(0).toLongLong());
        const auto m = column.find(r.value(1).toLongLong());
        // Levels of former members stay in the database but leave the grid and the average.
        if (s == row.end() || m == column.end()) continue;
        grid.rows[s->second].levels[m->second] = r.value(2).toInt();
    }
    for (auto& r : grid.rows) {
        int n = 0, sum = 0;
        for (const auto& level : r.levels)
            if (level) ++n, sum += *level;
        if (n > 0) r.average = double(sum) / n;
    }
    return grid;
}

Result<std::vector<MasteryChange>> RehearsalRepository::history(qint64 songId) {
    auto rows = m_db.select(QStringLiteral("SELECT h.song_id, h.user_id, coalesce(%1, u.display_name), h.level, h.at "
                                           "FROM mastery_history h JOIN users u ON u.id = h.user_id "
                                           "JOIN songs s ON s.id = h.song_id "
                                           "LEFT JOIN memberships m ON m.band_id = s.band_id AND m.user_id = h.user_id "
                                           "WHERE h.song_id = ? ORDER BY h.at, h.id")
                                .arg(kMemberName),
                            {songId});
    if (!rows.ok()) return rows.error();
    std::vector<MasteryChange> list;
    for (const auto& r : *rows)
        list.push_back({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toInt(),
                        r.value(4).toString()});
    return list;
}

Result<SongNote> RehearsalRepository::addNote(const auth::Actor& actor, qint64 songId, const QString& body) {
    const QString text = body.trimmed();
    if (Status v = Validate::text(text, StoreText::tr("The note"), Validate::kNoteMax, true); !v.ok()) return v.error();
    SongNote note{0, songId, actor.userId, text, sql::nowUtc()};
    Status done = m_db.transaction([&]() -> Status {
        auto band = songBand(songId);
        if (!band.ok()) return band.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::AddNote, *band); !p.ok()) return p;
        auto id = m_db.insert(QStringLiteral("INSERT INTO song_notes (song_id, user_id, body, created_at) VALUES (?, ?, ?, ?)"),
                              {songId, actor.userId, text, note.createdAt});
        if (!id.ok()) return id.error();
        note.id = *id;
        return AuditRepository::append(m_db, actor, *band, QStringLiteral("note.add"), songTarget(songId), {},
                                       {{QStringLiteral("note"), note.id}, {QStringLiteral("body"), text.left(200)}});
    });
    if (!done.ok()) return done.error();
    return note;
}

Result<std::vector<SongNote>> RehearsalRepository::notes(qint64 songId) {
    auto rows = m_db.select(QStringLiteral("SELECT id, song_id, user_id, body, created_at FROM song_notes WHERE song_id = ? "
                                           "ORDER BY created_at DESC, id DESC"),
                            {songId});
    if (!rows.ok()) return rows.error();
    std::vector<SongNote> list;
    for (const auto& r : *rows)
        list.push_back({r.value(0).toLongLong(), r.value(1).toLongLong(), sql::optId(r.value(2)), r.value(3).toString(),
                        r.value(4).toString()});
    return list;
}

Status RehearsalRepository::mayRemove(const auth::Actor& actor, std::optional<qint64> authorId, qint64 bandId,
                                      Action ownAction) {
    if (authorId && *authorId == actor.userId && !actor.isAnonymous())
        if (AccessCheck::require(m_db, actor, ownAction, bandId).ok()) return {};
    return AccessCheck::require(m_db, actor, Action::DeleteNote, bandId);
}

Status RehearsalRepository::removeNote(const auth::Actor& actor, qint64 noteId) {
    return m_db.transaction([&]() -> Status {
        auto rows = m_db.select(QStringLiteral("SELECT n.song_id, n.user_id, n.body, s.band_id FROM song_notes n "
                                               "JOIN songs s ON s.id = n.song_id WHERE n.id = ?"),
                                {noteId});
        if (!rows.ok()) return rows.error();
        if (rows->empty()) return Error::notFound(StoreText::tr("This note does not exist (any more)."));
        const QSqlRecord& n = rows->front();
        const qint64 band = n.value(3).toLongLong();
        if (Status p = mayRemove(actor, sql::optId(n.value(1)), band, Action::AddNote); !p.ok()) return p;
        auto r = m_db.exec(QStringLiteral("DELETE FROM song_notes WHERE id = ?"), {noteId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, band, QStringLiteral("note.delete"), songTarget(n.value(0).toLongLong()),
                                       {{QStringLiteral("note"), noteId}, {QStringLiteral("body"), n.value(2).toString().left(200)}},
                                       {});
    });
}

Result<AudioNote> RehearsalRepository::addAudioNote(const auth::Actor& actor, qint64 songId, const QString& sourceFile) {
    const QFileInfo source(sourceFile);
    if (!source.exists() || !source.isFile())
        return Error::notFound(StoreText::tr("The recording %1 was not found.").arg(QDir::toNativeSeparators(sourceFile)));
    if (source.size() > kMaxAudioBytes)
        return Error::invalid(StoreText::tr("The recording is %1 MiB; an audio note can be at most %2 MiB. "
                                             "Record a shorter note or export it in a compressed format (Ogg, MP3).")
                                  .arg(mebibytes(source.size()), mebibytes(kMaxAudioBytes)));
    if (m_audioRoot.isEmpty()) return Error::storage(StoreText::tr("No folder was given for audio notes."));
    const QString folder = audioFolder();
    if (!QDir().mkpath(folder))
        return Error::storage(StoreText::tr("The audio notes folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));

    AudioNote note{0, songId, actor.userId, QString(), source.size(), sql::nowUtc()};
    note.fileName = QStringLiteral("song%1-%2%3")
                        .arg(songId)
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), safeSuffix(sourceFile));
    const QString destination = QDir(folder).filePath(note.fileName);
    bool copied = false;
    Status done = m_db.transaction([&]() -> Status {
        auto band = songBand(songId);
        if (!band.ok()) return band.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::AddAudioNote, *band); !p.ok()) return p;
        QFile in(sourceFile);
        if (!in.copy(destination))
            return Error::storage(StoreText::tr("The recording could not be copied into %1: %2")
                                      .arg(QDir::toNativeSeparators(folder), in.errorString()));
        copied = true;
        // The size of what was copied, not of what was checked: the source may have grown since.
        note.sizeBytes = QFileInfo(destination).size();
        if (note.sizeBytes > kMaxAudioBytes)
            return Error::invalid(StoreText::tr("The recording grew beyond %1 MiB while it was being copied.")
                                      .arg(mebibytes(kMaxAudioBytes)));
        auto id = m_db.insert(QStringLiteral("INSERT INTO audio_notes (song_id, user_id, file_name, size_bytes, created_at) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {songId, actor.userId, note.fileName, note.sizeBytes, note.createdAt});
        if (!id.ok()) return id.error();
        note.id = *id;
        return AuditRepository::append(m_db, actor, *band, QStringLiteral("audio_note.add"), songTarget(songId), {},
                                       {{QStringLiteral("audio_note"), note.id}, {QStringLiteral("file"), note.fileName},
                                        {QStringLiteral("size_bytes"), note.sizeBytes}});
    });
    if (!done.ok()) {
        if (copied) QFile::remove(destination);
        return done.error();
    }
    return note;
}

Result<std::vector<AudioNote>> RehearsalRepository::audioNotes(qint64 songId) {
    auto rows = m_db.select(QStringLiteral("SELECT id, song_id, user_id, file_name, size_bytes, created_at FROM audio_notes "
                                           "WHERE song_id = ? ORDER BY created_at DESC, id DESC"),
                            {songId});
    if (!rows.ok()) return rows.error();
    std::vector<AudioNote> list;
    for (const auto& r : *rows)
        list.push_back({r.value(0).toLongLong(), r.value(1).toLongLong(), sql::optId(r.value(2)), r.value(3).toString(),
                        r.value(4).toLongLong(), r.value(5).toString()});
    return list;
}

Status RehearsalRepository::removeAudioNote(const auth::Actor& actor, qint64 noteId) {
    QString fileName;
    Status done = m_db.transaction([&]() -> Status {
        auto rows = m_db.select(QStringLiteral("SELECT a.song_id, a.user_id, a.file_name, s.band_id FROM audio_notes a "
                                               "JOIN songs s ON s.id = a.song_id WHERE a.id = ?"),
                                {noteId});
        if (!rows.ok()) return rows.error();
        if (rows->empty()) return Error::notFound(StoreText::tr("This audio note does not exist (any more)."));
        const QSqlRecord& a = rows->front();
        const qint64 band = a.value(3).toLongLong();
        if (Status p = mayRemove(actor, sql::optId(a.value(1)), band, Action::AddAudioNote); !p.ok()) return p;
        auto r = m_db.exec(QStringLiteral("DELETE FROM audio_notes WHERE id = ?"), {noteId});
        if (!r.ok()) return r.error();
        fileName = a.value(2).toString();
        return AuditRepository::append(m_db, actor, band, QStringLiteral("audio_note.delete"),
                                       songTarget(a.value(0).toLongLong()),
                                       {{QStringLiteral("audio_note"), noteId}, {QStringLiteral("file"), fileName}}, {});
    });
    if (!done.ok()) return done;
    // After the commit: a failed delete leaves an orphan file, never a row without its file.
    const QString path = QDir(audioFolder()).filePath(fileName);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error::storage(StoreText::tr("The audio note was removed, but its file %1 could not be deleted.")
                                  .arg(QDir::toNativeSeparators(path)));
    return {};
}

Result<QString> RehearsalRepository::audioPath(qint64 noteId) {
    auto name = m_db.scalar(QStringLiteral("SELECT file_name FROM audio_notes WHERE id = ?"), {noteId});
    if (!name.ok()) return name.error();
    if (name->isNull()) return Error::notFound(StoreText::tr("This audio note does not exist (any more)."));
    // Names are generated by addAudioNote; refuse anything else so a crafted row cannot point outside.
    const QString fileName = name->toString();
    if (fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\')) || fileName.startsWith(QLatin1Char('.')))
        return Error::invalid(StoreText::tr("This audio note's file name is not valid."));
    const QString path = QDir(audioFolder()).absoluteFilePath(fileName);
    if (!QFileInfo(path).isFile())
        return Error::notFound(StoreText::tr("The recording of this audio note is missing (%1).")
                                   .arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace oscalis::store
