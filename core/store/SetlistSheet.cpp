#include "store/SetlistSheet.h"

#include "store/SqlValue.h"
#include "store/StoreText.h"

namespace oscalis::store {

QString SetlistSheet::clock(qint64 seconds) {
    const qint64 s = qMax<qint64>(0, seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

Result<SetlistSheet> SetlistSheet::forGig(Database& db, qint64 gigId) {
    auto gig = db.select(QStringLiteral("SELECT name, date, venue FROM gigs WHERE id = ?"), {gigId});
    if (!gig.ok()) return gig.error();
    if (gig->empty()) return Error::notFound(StoreText::tr("This gig does not exist (any more)."));
    SetlistSheet sheet;
    sheet.gigName = gig->front().value(0).toString();
    sheet.date = gig->front().value(1).toString();
    sheet.venue = gig->front().value(2).toString();
    auto rows = db.select(QStringLiteral("SELECT i.song_id, s.title, s.artist, s.musical_key, s.tempo_bpm, s.duration_s, "
                                         "i.break_minutes, i.note FROM setlist_items i LEFT JOIN songs s ON s.id = i.song_id "
                                         "WHERE i.gig_id = ? ORDER BY i.position"),
                          {gigId});
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) {
        Row row;
        row.position = static_cast<int>(sheet.rows.size()) + 1;
        row.isBreak = r.value(0).isNull();
        row.note = r.value(7).toString();
        if (row.isBreak) {
            row.title = QStringLiteral("Break");
            row.durationS = r.value(6).toInt() * 60;
        } else {
            row.title = r.value(1).toString();
            row.artist = r.value(2).toString();
            row.musicalKey = r.value(3).toString();
            row.tempoBpm = sql::optInt(r.value(4));
            row.durationS = sql::optInt(r.value(5));
            if (!row.durationS) ++sheet.unknownDurations;
        }
        sheet.totalS += row.durationS.value_or(0);
        row.runningTotalS = sheet.totalS;
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

} // namespace oscalis::store
