#include "store/SuggestionRepository.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/SongRepository.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"
#include "store/Validate.h"

namespace oscalis::store {

using auth::Action;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.band_id, s.title, s.artist, s.link, s.note, s.author_id, coalesce(u.display_name, ''), "
    "s.created_at, s.promoted_song_id, "
    "(SELECT count(*) FROM suggestion_votes v WHERE v.suggestion_id = s.id), "
    "EXISTS (SELECT 1 FROM suggestion_votes v WHERE v.suggestion_id = s.id AND v.user_id = ?) "
    "FROM suggestions s LEFT JOIN users u ON u.id = s.author_id ");

Suggestion fromRecord(const QSqlRecord& r) {
    return {r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toString(), r.value(5).toString(), sql::optId(r.value(6)), r.value(7).toString(),
            r.value(8).toString(), sql::optId(r.value(9)), r.value(10).toInt(), r.value(11).toInt() != 0};
}

QJsonObject summary(const Suggestion& s) {
    return {{QStringLiteral("title"), s.title}, {QStringLiteral("artist"), s.artist}};
}

QString target(qint64 id) { return QStringLiteral("suggestion:%1").arg(id); }

} // namespace

Result<Suggestion> SuggestionRepository::suggest(const auth::Actor& actor, const Suggestion& draft) {
    Suggestion s = draft;
    s.title = s.title.trimmed();
    s.artist = s.artist.trimmed();
    s.link = s.link.trimmed();
    const Status checks[] = {
        Validate::text(s.title, StoreText::tr("The title"), Validate::kNameMax, true),
        Validate::text(s.artist, StoreText::tr("The artist"), Validate::kNameMax, false),
        Validate::text(s.link, StoreText::tr("The link"), Validate::kLinkMax, false),
        Validate::text(s.note, StoreText::tr("The note"), Validate::kNoteMax, false),
    };
    for (const Status& c : checks)
        if (!c.ok()) return c.error();
    Suggestion saved;
    Status done = m_db.transaction([&]() -> Status {
        if (Status p = AccessCheck::require(m_db, actor, Action::Suggest, s.bandId); !p.ok()) return p;
        auto id = m_db.insert(QStringLiteral("INSERT INTO suggestions (band_id, title, artist, link, note, author_id, "
                                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {s.bandId, s.title, s.artist, s.link, s.note, actor.userId, sql::nowUtc()});
        if (!id.ok()) return id.error();
        auto row = find(*id, actor.userId);
        if (!row.ok()) return row.error();
        saved = *row;
        return AuditRepository::append(m_db, actor, s.bandId, QStringLiteral("suggestion.add"), target(*id), {},
                                       summary(saved));
    });
    if (!done.ok()) return done.error();
    return saved;
}

Status SuggestionRepository::remove(const auth::Actor& actor, qint64 suggestionId) {
    return m_db.transaction([&]() -> Status {
        auto before = find(suggestionId);
        if (!before.ok()) return before.error();
        const bool own = before->authorId && *before->authorId == actor.userId;
        if (Status p = AccessCheck::require(m_db, actor, own ? Action::Suggest : Action::DeleteSuggestion, before->bandId);
            !p.ok())
            return p;
        auto r = m_db.exec(QStringLiteral("DELETE FROM suggestions WHERE id = ?"), {suggestionId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, before->bandId, QStringLiteral("suggestion.delete"),
                                       target(suggestionId), summary(*before), {});
    });
}

Status SuggestionRepository::vote(const auth::Actor& actor, qint64 suggestionId) {
    return m_db.transaction([&]() -> Status {
        auto s = find(suggestionId, actor.userId);
        if (!s.ok()) return s.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::Vote, s->bandId); !p.ok()) return p;
        if (s->votedByViewer) return Error::conflict(StoreText::tr("You have already voted for “%1”.").arg(s->title));
        auto r = m_db.exec(QStringLiteral("INSERT INTO suggestion_votes (suggestion_id, user_id, voted_at) VALUES (?, ?, ?)"),
                           {suggestionId, actor.userId, sql::nowUtc()});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, s->bandId, QStringLiteral("suggestion.vote"), target(suggestionId),
                                       {{QStringLiteral("votes"), s->votes}}, {{QStringLiteral("votes"), s->votes + 1}});
    });
}

Status SuggestionRepository::unvote(const auth::Actor& actor, qint64 suggestionId) {
    return m_db.transaction([&]() -> Status {
        auto s = find(suggestionId, actor.userId);
        if (!s.ok()) return s.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::Vote, s->bandId); !p.ok()) return p;
        if (!s->votedByViewer) return Error::conflict(StoreText::tr("You have not voted for “%1”.").arg(s->title));
        auto r = m_db.exec(QStringLiteral("DELETE FROM suggestion_votes WHERE suggestion_id = ? AND user_id = ?"),
                           {suggestionId, actor.userId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, s->bandId, QStringLiteral("suggestion.unvote"), target(suggestionId),
                                       {{QStringLiteral("votes"), s->votes}}, {{QStringLiteral("votes"), s->votes - 1}});
    });
}

Result<std::vector<Suggestion>> SuggestionRepository::list(qint64 bandId, qint64 viewerId) {
    auto rows = m_db.select(kSelect + QStringLiteral("WHERE s.band_id = ? ORDER BY 11 DESC, s.created_at, s.id"),
                            {viewerId, bandId});
    if (!rows.ok()) return rows.error();
    std::vector<Suggestion> list;
    for (const auto& r : *rows) list.push_back(fromRecord(r));
    return list;
}

Result<Suggestion> SuggestionRepository::find(qint64 suggestionId, qint64 viewerId) {
    auto rows = m_db.select(kSelect + QStringLiteral("WHERE s.id = ?"), {viewerId, suggestionId});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return Error::notFound(StoreText::tr("This suggestion does not exist (any more)."));
    return fromRecord(rows->front());
}

Result<Song> SuggestionRepository::promote(const auth::Actor& actor, qint64 suggestionId) {
    Song song;
    Status done = m_db.transaction([&]() -> Status {
        auto s = find(suggestionId);
        if (!s.ok()) return s.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::PromoteSuggestion, s->bandId); !p.ok()) return p;
        if (s->promotedSongId)
            return Error::conflict(StoreText::tr("“%1” is already in the repertoire.").arg(s->title));
        Song draft;
        draft.bandId = s->bandId;
        draft.title = s->title;
        draft.artist = s->artist;
        draft.links = s->link;
        draft.notes = s->note;
        draft.suggestionId = s->id;
        auto row = SongRepository(m_db).insertRow(draft);
        if (!row.ok()) return row.error();
        song = *row;
        auto r = m_db.exec(QStringLiteral("UPDATE suggestions SET promoted_song_id = ? WHERE id = ?"), {song.id, suggestionId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, s->bandId, QStringLiteral("suggestion.promote"), target(suggestionId),
                                       summary(*s), {{QStringLiteral("song_id"), song.id}});
    });
    if (!done.ok()) return done.error();
    return song;
}

} // namespace oscalis::store
