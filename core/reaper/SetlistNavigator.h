#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace oscalis::reaper {

class Link;
class Session;

/// One line of a setlist as the navigator sees it: a song with the name of its REAPER region
/// (empty when it has none), or a break.
struct SetlistStop {
    QString title;
    QString region;
    bool isBreak = false;
};

/// A region of the REAPER project, found by name.
struct RegionRef {
    int index = 0; ///< 1-based, in timeline order: what REAPER's GOTO_REGION takes
    QString name;
    double start = 0.0; ///< seconds
    double end = 0.0;
};

/// Moves REAPER through a setlist: "Go" to a song's region, "Next song" to the next song that
/// has one. It sends REAPER's stock GOTO_REGION message (`/region i`, in Oscalis.ReaperOSC)
/// rather than a command to the ReaScript, so it works without the script: in REAPER's surface
/// code (csurf_osc.cpp) `/region N` calls GoToRegion(N + region bank start, timeline order), and
/// Oscalis never moves the region bank, so N is the region's place on the timeline. REAPER's
/// GoToRegion is a "smooth seek": stopped, it moves at once; playing inside a region, it waits
/// for that region to end (on stage, the song being played is not cut). The region's place is
/// read from project.json's full list when the script runs, else from the regions REAPER
/// reports over OSC (DEVICE_REGION_COUNT of them).
/// Borrows the Link and the Session; GUI thread, like them.
class SetlistNavigator {
    Q_DECLARE_TR_FUNCTIONS(SetlistNavigator)
public:
    /// What a Go or a Next did.
    struct Move {
        int row = -1;        ///< the setlist row now current; -1 when nothing changed
        bool sent = false;   ///< a GOTO_REGION was sent to REAPER
        bool smooth = false; ///< REAPER is playing: it moves when the current region ends
        std::optional<RegionRef> region;
        QString message; ///< what happened, in plain words
    };

    SetlistNavigator(Link& link, const Session& session);

    /// The region called `name` (ignoring case and surrounding spaces); the first one on the
    /// timeline when several share the name.
    std::optional<RegionRef> findRegion(const QString& name) const;
    /// Every region's name in timeline order (for pickers), without duplicates.
    QStringList regionNames() const;
    /// The region holding `seconds` on the timeline (the first one when regions overlap).
    std::optional<RegionRef> regionAt(double seconds) const;

    /// Goes to row's song region. A break, a song without a region, or a region REAPER does not
    /// have: nothing is sent and the message says why. With `stopAtEverySong` (live mode) such
    /// a song still becomes current (REAPER stays where it is); a break never does.
    Move go(const std::vector<SetlistStop>& setlist, int row, bool stopAtEverySong = false);
    /// Goes to the first song after `fromRow` (-1: from the top) that has a region REAPER knows,
    /// skipping breaks and naming the songs it skipped. With `stopAtEverySong` (live mode) it
    /// stops at the next song even without a region: that row becomes current and REAPER stays.
    Move next(const std::vector<SetlistStop>& setlist, int fromRow, bool stopAtEverySong = false);

private:
    Move goToRegion(const SetlistStop& stop, int row, const RegionRef& region);
    /// Live mode: the song is current, REAPER is not moved.
    static Move stayingPut(const SetlistStop& stop, int row);
    /// Every region REAPER has, from project.json or the OSC bank, in timeline order.
    std::vector<RegionRef> regions() const;

    Link& m_link;
    const Session& m_session;
};

} // namespace oscalis::reaper
