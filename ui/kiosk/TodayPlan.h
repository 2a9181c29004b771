#pragma once

#include "reaper/SetlistNavigator.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace oscalis::ui::kiosk {

/// What the band plays today, read from the band database: today's gig and its setlist, or else
/// today's rehearsal and its agenda; with a heading to show ("Rehearsal · 20:30 · Le local").
/// A plain value read on the GUI thread (the Database's).
struct TodayPlan {
    Q_DECLARE_TR_FUNCTIONS(TodayPlan)
public:
    struct Song {
        qint64 songId = 0;
        qint64 itemId = 0; ///< the setlist line (gigs), 0 for an agenda
        QString title;
        QString region; ///< the linked REAPER region, empty when none
    };

    QString heading;
    qint64 gigId = 0;
    qint64 eventId = 0;
    std::vector<Song> songs;

    /// Today's plan for bandId (nothing planned: an empty list and a heading that says so).
    static store::Result<TodayPlan> read(store::Database& db, qint64 bandId, const QDate& today);
    /// The songs as the SetlistNavigator takes them.
    std::vector<reaper::SetlistStop> stops() const;
};

} // namespace oscalis::ui::kiosk
