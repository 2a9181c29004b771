#include "web/api/BandApi.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/BandRepository.h"
#include "store/CalendarFeedRepository.h"
#include "store/CalendarIcs.h"
#include "store/EventRepository.h"
#include "store/GigRepository.h"
#include "store/RehearsalRepository.h"
#include "store/SetlistSheet.h"
#include "store/SongRepository.h"
#include "store/SuggestionRepository.h"
#include "store/Validate.h"
#include "web/api/BodyReader.h"
#include "web/api/EventJson.h"
#include "web/api/GigJson.h"
#include "web/api/MemberJson.h"
#include "web/api/SongJson.h"
#include "web/api/SuggestionJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace oscalis::web {

using store::Error;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("oscalis::web::BandApi", text);
}

/// SongRepository::search pages at most this many songs at a time.
constexpr int kSongPage = 500;
/// The longest period one events request may cover.
constexpr int kMaxEventDays = 400;

/// The whole agenda, past included, as the desktop's export writes it: a calendar app replaces
/// what it showed with what the feed holds, so a shorter window would erase past rehearsals.
const QDate kAgendaFirst(1970, 1, 1);
const QDate kAgendaLast(2999, 12, 31);

ApiReply badField(const QString& field, const QString& message) {
    return ApiReply::error(400, QStringLiteral("invalid_field"), message, field);
}

/// A `?from=` / `?to=` date; nullopt with reply set when it is missing or not a real date.
std::optional<QDate> queryDate(const QString& value, const QString& field, const QString& label,
                               ApiReply& reply) {
    if (value.isEmpty()) {
        reply = badField(
            field, QCoreApplication::translate("oscalis::web::BandApi",
                                               "%1 is missing (parameter “%2”, like 2026-05-17).")
                       .arg(label, field));
        return std::nullopt;
    }
    if (store::Status s = store::Validate::date(value, label); !s.ok()) {
        reply = badField(field, s.error().message);
        return std::nullopt;
    }
    return QDate::fromString(value, Qt::ISODate);
}

store::Result<QHash<qint64, QString>> songTitles(store::Database& db, qint64 bandId) {
    auto songs = store::SongRepository(db).list(bandId);
    if (!songs.ok())
        return songs.error();
    QHash<qint64, QString> titles;
    for (const store::Song& s : *songs)
        titles.insert(s.id, s.title);
    return titles;
}

/// The event as the events list shows it to viewerId.
ApiReply eventReply(store::Database& db, const store::Event& event, qint64 viewerId) {
    auto summary = store::EventRepository(db).summary(event.id);
    if (!summary.ok())
        return ApiReply::fromError(summary.error());
    auto titles = songTitles(db, event.bandId);
    if (!titles.ok())
        return ApiReply::fromError(titles.error());
    return ApiReply::json(EventJson::event(event, *summary, *titles, viewerId));
}

} // namespace

BandApi::BandApi(store::Database& db) : m_db(db) {}

std::optional<ApiReply> BandApi::refuseUnlessMember(const auth::Actor& actor, qint64 bandId) {
    // require() refuses disabled accounts and gives Permissions' own words; admins and moderators
    // pass it for any band, so membership itself is checked next.
    if (store::Status p = store::AccessCheck::require(m_db, actor, auth::Action::ViewBand, bandId);
        !p.ok())
        return ApiReply::fromError(p.error());
    auto role = store::AccessCheck::bandRole(m_db, actor.userId, bandId);
    if (!role.ok())
        return ApiReply::fromError(role.error());
    if (*role == auth::BandRole::None)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               tr("Only members of this band can see its pages."));
    return std::nullopt;
}

ApiReply BandApi::members(const auth::Actor& actor, qint64 bandId) {
    if (auto no = refuseUnlessMember(actor, bandId))
        return *no;
    auto members = store::BandRepository(m_db).members(bandId);
    if (!members.ok())
        return ApiReply::fromError(members.error());
    QJsonArray out;
    for (const store::Membership& m : *members)
        if (m.status == store::Membership::Status::Active)
            out.append(MemberJson::member(m));
    return ApiReply::json(out);
}

ApiReply BandApi::songs(const auth::Actor& actor, qint64 bandId, const QString& query) {
    if (auto no = refuseUnlessMember(actor, bandId))
        return *no;
    store::SongRepository repo(m_db);
    std::vector<store::Song> found;
    for (;;) {
        auto page = repo.search(bandId, query, static_cast<int>(found.size()), kSongPage);
        if (!page.ok())
            return ApiReply::fromError(page.error());
        found.insert(found.end(), page->items.begin(), page->items.end());
        if (page->items.empty() || static_cast<int>(found.size()) >= page->total)
            break;
    }
    auto grid = store::RehearsalRepository(m_db).grid(bandId);
    if (!grid.ok())
        return ApiReply::fromError(grid.error());
    return ApiReply::json(SongJson::songs(found, *grid, actor.userId));
}

ApiReply BandApi::setMastery(const auth::Actor& actor, qint64 songId, const QJsonValue& body) {
    auto song = store::SongRepository(m_db).find(songId);
    if (!song.ok())
        return ApiReply::fromError(song.error());
    if (auto no = refuseUnlessMember(actor, song->bandId))
        return *no;
    BodyReader in(body);
    const auto level = in.integer(QStringLiteral("level"), tr("The mastery level"), 0,
                                  store::RehearsalRepository::kMaxLevel);
    if (!in.ok())
        return in.error();
    store::RehearsalRepository rehearsal(m_db);
    if (store::Status s = rehearsal.setMastery(actor, songId, actor.userId, *level); !s.ok())
        return ApiReply::fromError(s.error());
    auto grid = rehearsal.grid(song->bandId);
    if (!grid.ok())
        return ApiReply::fromError(grid.error());
    return ApiReply::json(SongJson::song(*song, *grid, actor.userId));
}

ApiReply BandApi::suggestions(const auth::Actor& actor, qint64 bandId) {
    if (auto no = refuseUnlessMember(actor, bandId))
        return *no;
    auto list = store::SuggestionRepository(m_db).list(bandId, actor.userId);
    if (!list.ok())
        return ApiReply::fromError(list.error());
    QJsonArray out;
    for (const store::Suggestion& s : *list)
        out.append(SuggestionJson::suggestion(s));
    return ApiReply::json(out);
}

ApiReply BandApi::addSuggestion(const auth::Actor& actor, qint64 bandId, const QJsonValue& body) {
    if (auto no = refuseUnlessMember(actor, bandId))
        return *no;
    BodyReader in(body);
    store::Suggestion draft;
    draft.bandId = bandId;
    draft.title = in.text(QStringLiteral("title"), tr("The title"), true).value_or(QString());
    draft.artist = in.text(QStringLiteral("artist"), tr("The artist"), false).value_or(QString());
    draft.link = in.text(QStringLiteral("link"), tr("The link"), false).value_or(QString());
    draft.note = in.text(QStringLiteral("note"), tr("The note"), false).value_or(QString());
    if (!in.ok())
        return in.error();
    auto saved = store::SuggestionRepository(m_db).suggest(actor, draft);
    if (!saved.ok())
        return ApiReply::fromError(saved.error());
    return ApiReply::json(SuggestionJson::suggestion(*saved), 201);
}

ApiReply BandApi::vote(const auth::Actor& actor, qint64 suggestionId, const QJsonValue& body) {
    store::SuggestionRepository repo(m_db);
    auto before = repo.find(suggestionId, actor.userId);
    if (!before.ok())
        return ApiReply::fromError(before.error());
    if (auto no = refuseUnlessMember(actor, before->bandId))
        return *no;
    BodyReader in(body);
    const auto vote = in.boolean(QStringLiteral("vote"), tr("The vote"));
    if (!in.ok())
        return in.error();
    if (*vote != before->votedByViewer) {
        const store::Status s =
            *vote ? repo.vote(actor, suggestionId) : repo.unvote(actor, suggestionId);
        // Conflict: the same vote arrived twice at once (a double tap); what the user wants holds.
        if (!s.ok() && s.error().kind != Error::Kind::Conflict)
            return ApiReply::fromError(s.error());
    }
    auto after = repo.find(suggestionId, actor.userId);
    if (!after.ok())
        return ApiReply::fromError(after.error());
    return ApiReply::json(SuggestionJson::suggestion(*after));
}

ApiReply BandApi::events(const auth::Actor& actor, qint64 bandId, const QString& from,
                         const QString& to) {
    if (auto no = refuseUnlessMember(actor, bandId))
        return *no;
    ApiReply bad;
    const auto first = queryDate(from, QStringLiteral("from"), tr("The start date"), bad);
    if (!first)
        return bad;
    const auto end = queryDate(to, QStringLiteral("to"), tr("The end date"), bad);
    if (!end)
        return bad;
    if (*end <= *first)
        return badField(QStringLiteral("to"), tr("The end date must come after the start date."));
    if (first->daysTo(*end) > kMaxEventDays)
        return badField(QStringLiteral("to"),
                        tr("Ask for at most %1 days at a time.").arg(kMaxEventDays));
    store::EventRepository repo(m_db);
    auto events = repo.between(bandId, *first, end->addDays(-1)); // `to` is excluded
    if (!events.ok())
        return ApiReply::fromError(events.error());
    auto titles = songTitles(m_db, bandId);
    if (!titles.ok())
        return ApiReply::fromError(titles.error());
    QJsonArray out;
    for (const store::Event& e : *events) {
        auto summary = repo.summary(e.id);
        if (!summary.ok())
            return ApiReply::fromError(summary.error());
        out.append(EventJson::event(e, *summary, *titles, actor.userId));
    }
    return ApiReply::json(out);
}

ApiReply BandApi::answer(const auth::Actor& actor, qint64 eventId, const QJsonValue& body) {
    store::EventRepository repo(m_db);
    auto event = repo.find(eventId);
    if (!event.ok())
        return ApiReply::fromError(event.error());
    if (auto no = refuseUnlessMember(actor, event->bandId))
        return *no;
    BodyReader in(body);
    const auto word =
        in.oneOf(QStringLiteral("answer"), tr("The answer"),
                 {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("maybe")});
    if (!in.ok())
        return in.error();
    if (store::Status s =
            repo.answer(actor, eventId, *store::EventRepository::answerFromName(*word));
        !s.ok())
        return ApiReply::fromError(s.error());
    return eventReply(m_db, *event, actor.userId);
}

ApiReply BandApi::calendarFeed(const auth::Actor& actor, qint64 bandId, const QString& baseUrl) {
    if (auto no = refuseUnlessMember(actor, bandId))
        return *no;
    auto token = store::CalendarFeedRepository(m_db).tokenFor(actor, bandId);
    if (!token.ok())
        return ApiReply::fromError(token.error());
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return ApiReply::json(
        QJsonObject{{QStringLiteral("url"),
                     base + QStringLiteral("/calendar/") + *token + QStringLiteral(".ics")}});
}

ApiReply BandApi::calendarIcs(const QString& token) {
    auto owner = store::CalendarFeedRepository(m_db).findByToken(token);
    if (!owner.ok())
        return ApiReply::fromError(owner.error());
    auto ics = store::CalendarIcs::forBand(m_db, owner->bandId, kAgendaFirst, kAgendaLast);
    if (!ics.ok())
        return ApiReply::fromError(ics.error());
    return ApiReply::bytes(QByteArrayLiteral("text/calendar; charset=utf-8"), *ics);
}

ApiReply BandApi::gigs(const auth::Actor& actor, qint64 bandId) {
    if (auto no = refuseUnlessMember(actor, bandId))
        return *no;
    auto gigs = store::GigRepository(m_db).list(bandId);
    if (!gigs.ok())
        return ApiReply::fromError(gigs.error());
    // Next gig first: today's and later ones soonest first, then past ones, the latest first.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    std::vector<store::Gig> ordered = std::move(*gigs);
    const auto past = std::stable_partition(ordered.begin(), ordered.end(),
                                            [&](const store::Gig& g) { return g.date >= today; });
    std::reverse(past, ordered.end());
    QJsonArray out;
    for (const store::Gig& g : ordered) {
        auto sheet = store::SetlistSheet::forGig(m_db, g.id);
        if (!sheet.ok())
            return ApiReply::fromError(sheet.error());
        out.append(GigJson::summary(g, *sheet));
    }
    return ApiReply::json(out);
}

ApiReply BandApi::gig(const auth::Actor& actor, qint64 gigId) {
    store::GigRepository repo(m_db);
    auto gig = repo.find(gigId);
    if (!gig.ok())
        return ApiReply::fromError(gig.error());
    if (auto no = refuseUnlessMember(actor, gig->bandId))
        return *no;
    auto items = repo.items(gigId);
    if (!items.ok())
        return ApiReply::fromError(items.error());
    auto sheet = store::SetlistSheet::forGig(m_db, gigId);
    if (!sheet.ok())
        return ApiReply::fromError(sheet.error());
    return ApiReply::json(GigJson::detail(*gig, *items, *sheet));
}

} // namespace oscalis::web
