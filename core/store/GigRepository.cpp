#include "store/GigRepository.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/SqlValue.h"
#include "store/Validate.h"
#include "store/StoreText.h"

#include <QJsonArray>

#include <algorithm>

namespace oscalis::store {

using auth::Action;

namespace {

const char* kStatusNames[] = {"planned", "confirmed", "played", "cancelled"};
const QString kGigColumns =
    QStringLiteral("id, band_id, name, date, venue, address, contact, fee_cents, status");

Gig gigFrom(const QSqlRecord& r) {
    Gig g{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
          r.value(3).toString(),   r.value(4).toString(),   r.value(5).toString(),
          r.value(6).toString(),   r.value(7).toLongLong(), Gig::Status::Planned};
    for (int i = 0; i < 4; ++i)
        if (r.value(8).toString() == QLatin1String(kStatusNames[i]))
            g.status = static_cast<Gig::Status>(i);
    return g;
}

QJsonObject summary(const Gig& g) {
    return {{QStringLiteral("name"), g.name},
            {QStringLiteral("date"), g.date},
            {QStringLiteral("venue"), g.venue},
            {QStringLiteral("fee_cents"), g.feeCents},
            {QStringLiteral("status"), GigRepository::statusName(g.status)}};
}

QString gigTarget(qint64 id) {
    return QStringLiteral("gig:%1").arg(id);
}

Status validate(const Gig& g) {
    const Status checks[] = {
        Validate::text(g.name, StoreText::tr("The gig's name"), Validate::kNameMax, true),
        Validate::date(g.date, StoreText::tr("The date")),
        Validate::text(g.venue, StoreText::tr("The venue"), Validate::kNameMax, false),
        Validate::text(g.address, StoreText::tr("The address"), Validate::kLinkMax, false),
        Validate::text(g.contact, StoreText::tr("The contact"), Validate::kLinkMax, false),
        Validate::range(g.feeCents, 0, qint64(1) << 40, StoreText::tr("The fee (cents)")),
    };
    for (const Status& c : checks)
        if (!c.ok())
            return c;
    return {};
}

/// One line of the setlist after a live gig: an existing item (id) or a new one (id 0).
struct PlayedLine {
    qint64 id = 0;
    std::optional<qint64> songId;
    std::optional<int> seconds;
};

/// The reconciliation GigRepository::recordPlayed() documents, on plain values.
Result<std::vector<PlayedLine>> reconcile(const std::vector<SetlistItem>& planned,
                                          const std::vector<PlayedSong>& played) {
    std::vector<PlayedLine> songs; // played first, in play order
    std::vector<bool> used(planned.size(), false);
    std::optional<qint64> lastItem;
    qint64 lastSong = 0;
    for (const PlayedSong& p : played) {
        if (Status v = Validate::range(p.seconds, 0, 86400,
                                       StoreText::tr("A played song's time (seconds)"));
            !v.ok())
            return v.error();
        if (!songs.empty() && lastSong == p.songId && (!p.itemId || p.itemId == lastItem)) {
            songs.back().seconds =
                std::min(86400, *songs.back().seconds + p.seconds); // the same song restarted
            continue;
        }
        std::optional<std::size_t> at;
        for (std::size_t i = 0; i < planned.size() && !at && p.itemId; ++i)
            if (planned[i].id == *p.itemId)
                at = i;
        // Off the list, or its line was removed during the gig: the first unplayed line of the
        // same song, else a line of its own (what was played is never dropped).
        for (std::size_t i = 0; i < planned.size() && !at; ++i)
            if (planned[i].songId == p.songId && !used[i])
                at = i;
        if (at && !planned[*at].songId)
            return Error::invalid(StoreText::tr("A break cannot be played as a song."));
        if (at && used[*at])
            at.reset(); // played again later: an encore gets its own line
        if (at) {
            used[*at] = true;
            songs.push_back({planned[*at].id, planned[*at].songId, p.seconds});
        } else {
            songs.push_back({0, p.songId, p.seconds});
        }
        lastItem = at ? std::optional<qint64>(planned[*at].id) : std::nullopt;
        lastSong = p.songId;
    }
    if (songs.empty())
        return Error::invalid(StoreText::tr("Nothing was played: the setlist stays as planned."));
    // Breaks stay after as many songs as planned; unplayed songs follow the played ones.
    std::vector<std::pair<int, qint64>> breaks; // (songs before it, item id)
    int before = 0;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        if (!planned[i].songId) {
            breaks.emplace_back(before, planned[i].id);
            continue;
        }
        ++before;
        if (!used[i])
            songs.push_back({planned[i].id, planned[i].songId, std::nullopt});
    }
    std::vector<PlayedLine> lines;
    std::size_t next = 0;
    for (int count = 0; count <= static_cast<int>(songs.size()); ++count) {
        for (; next < breaks.size() && breaks[next].first <= count; ++next)
            lines.push_back({breaks[next].second, std::nullopt, std::nullopt});
        if (count < static_cast<int>(songs.size()))
            lines.push_back(songs[static_cast<std::size_t>(count)]);
    }
    return lines;
}

} // namespace

QString GigRepository::statusName(Gig::Status status) {
    return QLatin1String(kStatusNames[static_cast<int>(status)]);
}

Result<Gig> GigRepository::create(const auth::Actor& actor, const Gig& draft) {
    Gig g = draft;
    g.name = g.name.trimmed();
    if (Status v = validate(g); !v.ok())
        return v.error();
    Status done = m_db.transaction([&]() -> Status {
        if (Status p = AccessCheck::require(m_db, actor, Action::CreateGig, g.bandId); !p.ok())
            return p;
        auto id = m_db.insert(
            QStringLiteral(
                "INSERT INTO gigs (band_id, name, date, venue, address, contact, fee_cents, "
                "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {g.bandId, g.name, g.date, g.venue, g.address, g.contact, g.feeCents,
             statusName(g.status), sql::nowUtc()});
        if (!id.ok())
            return id.error();
        g.id = *id;
        return AuditRepository::append(m_db, actor, g.bandId, QStringLiteral("gig.create"),
                                       gigTarget(g.id), {}, summary(g));
    });
    if (!done.ok())
        return done.error();
    return g;
}

Status GigRepository::update(const auth::Actor& actor, const Gig& gig) {
    Gig g = gig;
    g.name = g.name.trimmed();
    if (Status v = validate(g); !v.ok())
        return v;
    return m_db.transaction([&]() -> Status {
        auto before = find(g.id);
        if (!before.ok())
            return before.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::EditGig, before->bandId); !p.ok())
            return p;
        auto r = m_db.exec(
            QStringLiteral(
                "UPDATE gigs SET name = ?, date = ?, venue = ?, address = ?, contact = ?, "
                "fee_cents = ?, status = ? WHERE id = ?"),
            {g.name, g.date, g.venue, g.address, g.contact, g.feeCents, statusName(g.status),
             g.id});
        if (!r.ok())
            return r.error();
        g.bandId = before->bandId;
        return AuditRepository::append(m_db, actor, g.bandId, QStringLiteral("gig.edit"),
                                       gigTarget(g.id), summary(*before), summary(g));
    });
}

Status GigRepository::remove(const auth::Actor& actor, qint64 gigId) {
    return m_db.transaction([&]() -> Status {
        auto before = find(gigId);
        if (!before.ok())
            return before.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::DeleteGig, before->bandId);
            !p.ok())
            return p;
        auto r = m_db.exec(QStringLiteral("DELETE FROM gigs WHERE id = ?"), {gigId});
        if (!r.ok())
            return r.error();
        return AuditRepository::append(m_db, actor, before->bandId, QStringLiteral("gig.delete"),
                                       gigTarget(gigId), summary(*before), {});
    });
}

Result<Gig> GigRepository::find(qint64 gigId) {
    auto rows =
        m_db.select(QStringLiteral("SELECT %1 FROM gigs WHERE id = ?").arg(kGigColumns), {gigId});
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return Error::notFound(StoreText::tr("This gig does not exist (any more)."));
    return gigFrom(rows->front());
}

Result<std::vector<Gig>> GigRepository::list(qint64 bandId) {
    auto rows = m_db.select(
        QStringLiteral("SELECT %1 FROM gigs WHERE band_id = ? ORDER BY date, id").arg(kGigColumns),
        {bandId});
    if (!rows.ok())
        return rows.error();
    std::vector<Gig> gigs;
    for (const auto& r : *rows)
        gigs.push_back(gigFrom(r));
    return gigs;
}

Result<std::vector<SetlistItem>> GigRepository::items(qint64 gigId) {
    auto rows = m_db.select(
        QStringLiteral(
            "SELECT i.id, i.gig_id, i.position, i.song_id, coalesce(s.title, ''), s.duration_s, "
            "i.break_minutes, i.note, i.played_seconds FROM setlist_items i "
            "LEFT JOIN songs s ON s.id = i.song_id WHERE i.gig_id = ? ORDER BY i.position"),
        {gigId});
    if (!rows.ok())
        return rows.error();
    std::vector<SetlistItem> list;
    for (const auto& r : *rows)
        list.push_back({r.value(0).toLongLong(), r.value(1).toLongLong(),
                        static_cast<int>(list.size()) + 1, sql::optId(r.value(3)),
                        r.value(4).toString(), sql::optInt(r.value(5)), sql::optInt(r.value(6)),
                        r.value(7).toString(), sql::optInt(r.value(8))});
    return list;
}

Result<std::vector<qint64>> GigRepository::orderedIds(qint64 gigId) {
    auto rows = m_db.select(
        QStringLiteral("SELECT id FROM setlist_items WHERE gig_id = ? ORDER BY position"), {gigId});
    if (!rows.ok())
        return rows.error();
    std::vector<qint64> ids;
    for (const auto& r : *rows)
        ids.push_back(r.value(0).toLongLong());
    return ids;
}

Status GigRepository::renumber(qint64 gigId, const std::vector<qint64>& ids) {
    // Out of the way first (negative positions), so UNIQUE(gig_id, position) never clashes midway.
    auto away = m_db.exec(
        QStringLiteral("UPDATE setlist_items SET position = -position - 1 WHERE gig_id = ?"),
        {gigId});
    if (!away.ok())
        return away.error();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto r = m_db.exec(QStringLiteral("UPDATE setlist_items SET position = ? WHERE id = ?"),
                           {static_cast<int>(i) + 1, ids[i]});
        if (!r.ok())
            return r.error();
    }
    return {};
}

Result<SetlistItem> GigRepository::insertItem(const auth::Actor& actor, qint64 gigId,
                                              std::optional<qint64> songId,
                                              std::optional<int> breakMinutes,
                                              std::optional<int> position, const QString& note) {
    if (Status v = Validate::text(note, StoreText::tr("The note"), Validate::kLinkMax, false);
        !v.ok())
        return v.error();
    if (breakMinutes)
        if (Status v =
                Validate::range(*breakMinutes, 0, 600, StoreText::tr("The break (minutes)"));
            !v.ok())
            return v.error();
    SetlistItem added;
    Status done = m_db.transaction([&]() -> Status {
        auto gig = find(gigId);
        if (!gig.ok())
            return gig.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::EditSetlist, gig->bandId); !p.ok())
            return p;
        if (songId) {
            auto band =
                m_db.scalar(QStringLiteral("SELECT band_id FROM songs WHERE id = ?"), {*songId});
            if (!band.ok())
                return band.error();
            if (band->isNull() || band->toLongLong() != gig->bandId)
                return Error::notFound(
                    StoreText::tr("This song is not in the band's repertoire."));
        }
        auto ids = orderedIds(gigId);
        if (!ids.ok())
            return ids.error();
        auto id = m_db.insert(
            QStringLiteral(
                "INSERT INTO setlist_items (gig_id, position, song_id, break_minutes, note) "
                "VALUES (?, ?, ?, ?, ?)"),
            {gigId, -1000000, sql::opt(songId), sql::opt(breakMinutes), note});
        if (!id.ok())
            return id.error();
        const int n = static_cast<int>(ids->size());
        const int at = std::clamp(position.value_or(n + 1), 1, n + 1);
        ids->insert(ids->begin() + (at - 1), *id);
        if (Status s = renumber(gigId, *ids); !s.ok())
            return s;
        auto list = items(gigId);
        if (!list.ok())
            return list.error();
        added = list->at(static_cast<std::size_t>(at - 1));
        QJsonObject after{{QStringLiteral("position"), at}};
        if (songId)
            after.insert(QStringLiteral("song_id"), *songId);
        if (breakMinutes)
            after.insert(QStringLiteral("break_minutes"), *breakMinutes);
        return AuditRepository::append(m_db, actor, gig->bandId, QStringLiteral("setlist.insert"),
                                       gigTarget(gigId), {}, after);
    });
    if (!done.ok())
        return done.error();
    return added;
}

Result<SetlistItem> GigRepository::insertSong(const auth::Actor& actor, qint64 gigId, qint64 songId,
                                              std::optional<int> position, const QString& note) {
    return insertItem(actor, gigId, songId, std::nullopt, position, note);
}

Result<SetlistItem> GigRepository::insertBreak(const auth::Actor& actor, qint64 gigId, int minutes,
                                               std::optional<int> position, const QString& note) {
    return insertItem(actor, gigId, std::nullopt, minutes, position, note);
}

Status GigRepository::moveItem(const auth::Actor& actor, qint64 itemId, int newPosition) {
    return m_db.transaction([&]() -> Status {
        auto gigId =
            m_db.scalar(QStringLiteral("SELECT gig_id FROM setlist_items WHERE id = ?"), {itemId});
        if (!gigId.ok())
            return gigId.error();
        if (gigId->isNull())
            return Error::notFound(StoreText::tr("This setlist line does not exist (any more)."));
        auto gig = find(gigId->toLongLong());
        if (!gig.ok())
            return gig.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::EditSetlist, gig->bandId); !p.ok())
            return p;
        auto ids = orderedIds(gig->id);
        if (!ids.ok())
            return ids.error();
        const auto from = std::find(ids->begin(), ids->end(), itemId);
        const int oldPosition = static_cast<int>(from - ids->begin()) + 1;
        ids->erase(from);
        const int to = std::clamp(newPosition, 1, static_cast<int>(ids->size()) + 1);
        ids->insert(ids->begin() + (to - 1), itemId);
        if (Status s = renumber(gig->id, *ids); !s.ok())
            return s;
        return AuditRepository::append(
            m_db, actor, gig->bandId, QStringLiteral("setlist.move"), gigTarget(gig->id),
            {{QStringLiteral("item"), itemId}, {QStringLiteral("position"), oldPosition}},
            {{QStringLiteral("item"), itemId}, {QStringLiteral("position"), to}});
    });
}

Status GigRepository::removeItem(const auth::Actor& actor, qint64 itemId) {
    return m_db.transaction([&]() -> Status {
        auto gigId =
            m_db.scalar(QStringLiteral("SELECT gig_id FROM setlist_items WHERE id = ?"), {itemId});
        if (!gigId.ok())
            return gigId.error();
        if (gigId->isNull())
            return Error::notFound(StoreText::tr("This setlist line does not exist (any more)."));
        auto gig = find(gigId->toLongLong());
        if (!gig.ok())
            return gig.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::EditSetlist, gig->bandId); !p.ok())
            return p;
        auto r = m_db.exec(QStringLiteral("DELETE FROM setlist_items WHERE id = ?"), {itemId});
        if (!r.ok())
            return r.error();
        auto ids = orderedIds(gig->id);
        if (!ids.ok())
            return ids.error();
        if (Status s = renumber(gig->id, *ids); !s.ok())
            return s;
        return AuditRepository::append(m_db, actor, gig->bandId, QStringLiteral("setlist.remove"),
                                       gigTarget(gig->id), {{QStringLiteral("item"), itemId}}, {});
    });
}

Result<std::vector<SetlistItem>>
GigRepository::recordPlayed(const auth::Actor& actor, qint64 gigId,
                            const std::vector<PlayedSong>& played) {
    std::vector<SetlistItem> result;
    Status done = m_db.transaction([&]() -> Status {
        auto gig = find(gigId);
        if (!gig.ok())
            return gig.error();
        if (Status p = AccessCheck::require(m_db, actor, Action::EditSetlist, gig->bandId); !p.ok())
            return p;
        auto planned = items(gigId);
        if (!planned.ok())
            return planned.error();
        auto lines = reconcile(*planned, played);
        if (!lines.ok())
            return lines.error();
        QJsonArray before, after, skipped;
        for (const SetlistItem& i : *planned)
            before.append(i.id);
        std::vector<qint64> order;
        int fresh = 0;
        for (PlayedLine& line : lines.value()) {
            if (!line.id) { // a song played off the list: check it is the band's, then add its line
                auto band = m_db.scalar(QStringLiteral("SELECT band_id FROM songs WHERE id = ?"),
                                        {*line.songId});
                if (!band.ok())
                    return band.error();
                if (band->isNull() || band->toLongLong() != gig->bandId)
                    return Error::notFound(
                        StoreText::tr("A played song is not in the band's repertoire."));
                auto id = m_db.insert(
                    QStringLiteral(
                        "INSERT INTO setlist_items (gig_id, position, song_id) VALUES (?, ?, ?)"),
                    {gigId, -2000000 - ++fresh, *line.songId});
                if (!id.ok())
                    return id.error();
                line.id = *id;
            }
            if (line.songId) {
                auto r = m_db.exec(
                    QStringLiteral("UPDATE setlist_items SET played_seconds = ? WHERE id = ?"),
                    {sql::opt(line.seconds), line.id});
                if (!r.ok())
                    return r.error();
                if (line.seconds)
                    after.append(QJsonObject{{QStringLiteral("item"), line.id},
                                             {QStringLiteral("song_id"), *line.songId},
                                             {QStringLiteral("seconds"), *line.seconds}});
                else
                    skipped.append(line.id);
            }
            order.push_back(line.id);
        }
        if (Status s = renumber(gigId, order); !s.ok())
            return s;
        auto status = m_db.exec(QStringLiteral("UPDATE gigs SET status = ? WHERE id = ?"),
                                {statusName(Gig::Status::Played), gigId});
        if (!status.ok())
            return status.error();
        auto now = items(gigId);
        if (!now.ok())
            return now.error();
        result = std::move(now).value();
        return AuditRepository::append(
            m_db, actor, gig->bandId, QStringLiteral("setlist.played"), gigTarget(gigId),
            {{QStringLiteral("order"), before},
             {QStringLiteral("status"), statusName(gig->status)}},
            {{QStringLiteral("played"), after},
             {QStringLiteral("not_played"), skipped},
             {QStringLiteral("status"), statusName(Gig::Status::Played)}});
    });
    if (!done.ok())
        return done.error();
    return result;
}

Result<qint64> GigRepository::totalDurationS(qint64 gigId) {
    auto total = m_db.scalar(
        QStringLiteral(
            "SELECT coalesce(sum(coalesce(s.duration_s, 0) + coalesce(i.break_minutes, 0) * 60), "
            "0) "
            "FROM setlist_items i LEFT JOIN songs s ON s.id = i.song_id WHERE i.gig_id = ?"),
        {gigId});
    if (!total.ok())
        return total.error();
    return total->toLongLong();
}

} // namespace oscalis::store
