#include "ui/kiosk/TodayPlan.h"

#include "store/EventRepository.h"
#include "store/GigRepository.h"
#include "store/SongRepository.h"

#include <QDateTime>
#include <QLocale>

namespace oscalis::ui::kiosk {

namespace {
constexpr QChar kDot(0x00B7);

QString joined(const QStringList& parts) {
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(QStringLiteral(" %1 ").arg(kDot));
}
} // namespace

store::Result<TodayPlan> TodayPlan::read(store::Database& db, qint64 bandId, const QDate& today) {
    TodayPlan plan;
    store::SongRepository songs(db);
    auto songFor = [&](qint64 songId, qint64 itemId) -> store::Result<Song> {
        auto s = songs.find(songId);
        if (!s.ok())
            return s.error();
        return Song{songId, itemId, s->title, s->reaperRegion};
    };

    store::GigRepository gigs(db);
    auto allGigs = gigs.list(bandId);
    if (!allGigs.ok())
        return allGigs.error();
    const QString day = today.toString(Qt::ISODate);
    for (const store::Gig& gig : *allGigs) {
        if (gig.date != day || gig.status == store::Gig::Status::Cancelled)
            continue;
        plan.gigId = gig.id;
        plan.heading = joined({tr("Gig: %1").arg(gig.name), gig.venue});
        auto items = gigs.items(gig.id);
        if (!items.ok())
            return items.error();
        for (const store::SetlistItem& item : *items) {
            if (!item.songId)
                continue;
            auto song = songFor(*item.songId, item.id);
            if (!song.ok())
                return song.error();
            plan.songs.push_back(*song);
        }
        return plan;
    }

    store::EventRepository events(db);
    auto todays = events.between(bandId, today, today);
    if (!todays.ok())
        return todays.error();
    if (!todays->empty()) {
        const store::Event& event = todays->front();
        plan.eventId = event.id;
        const QDateTime start = QDateTime::fromString(event.startsAt, Qt::ISODate);
        plan.heading =
            joined({event.title, start.time().toString(QStringLiteral("HH:mm")), event.place});
        for (qint64 songId : event.agenda) {
            auto song = songFor(songId, 0);
            if (!song.ok())
                return song.error();
            plan.songs.push_back(*song);
        }
        return plan;
    }

    plan.heading = tr("Nothing planned today");
    auto next = events.next(bandId, today.startOfDay().addDays(1));
    if (next.ok() && next->has_value()) {
        const QDateTime start = QDateTime::fromString((*next)->startsAt, Qt::ISODate);
        plan.heading =
            tr("Nothing planned today. Next: %1, %2")
                .arg((*next)->title, QLocale().toString(start.date(), QLocale::ShortFormat) +
                                         start.time().toString(QStringLiteral(" HH:mm")));
    }
    return plan;
}

std::vector<reaper::SetlistStop> TodayPlan::stops() const {
    std::vector<reaper::SetlistStop> out;
    for (const Song& s : songs)
        out.push_back({s.title, s.region, false});
    return out;
}

} // namespace oscalis::ui::kiosk
