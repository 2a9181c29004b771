#include "reaper/SetlistNavigator.h"

#include "reaper/FaderTaper.h"
#include "reaper/Link.h"
#include "reaper/Session.h"

namespace oscalis::reaper {

namespace {
QString quoted(const QString& text) {
    return QStringLiteral("“%1”").arg(text);
}
} // namespace

SetlistNavigator::SetlistNavigator(Link& link, const Session& session)
    : m_link(link), m_session(session) {}

std::optional<RegionRef> SetlistNavigator::findRegion(const QString& name) const {
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    const auto same = [&](const QString& other) {
        return other.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    };
    // project.json lists every region; the OSC bank only the first DEVICE_REGION_COUNT.
    if (m_session.scriptVersion() > 0) {
        for (const ProjectMarker& r : m_session.project().regions)
            if (same(r.name))
                return RegionRef{r.index, r.name, r.position, r.end};
        return std::nullopt;
    }
    const auto& regions = m_session.regions();
    for (std::size_t i = 0; i < regions.size(); ++i)
        if (same(regions[i].name))
            return RegionRef{int(i) + 1, regions[i].name, regions[i].time,
                             regions[i].time + regions[i].length};
    return std::nullopt;
}

QStringList SetlistNavigator::regionNames() const {
    QStringList names;
    const auto add = [&](const QString& name) {
        const QString clean = name.trimmed();
        if (!clean.isEmpty() && !names.contains(clean, Qt::CaseInsensitive))
            names << clean;
    };
    if (m_session.scriptVersion() > 0) {
        for (const ProjectMarker& r : m_session.project().regions)
            add(r.name);
    } else {
        for (const MarkerInfo& r : m_session.regions())
            add(r.name);
    }
    return names;
}

SetlistNavigator::Move SetlistNavigator::go(const std::vector<SetlistStop>& setlist, int row) {
    Move move;
    if (row < 0 || row >= int(setlist.size())) {
        move.message = tr("Choose a song in the setlist first.");
        return move;
    }
    const SetlistStop& stop = setlist[std::size_t(row)];
    if (stop.isBreak) {
        move.message = tr("A break has no place in REAPER: choose a song.");
        return move;
    }
    if (stop.region.trimmed().isEmpty()) {
        move.message = tr("%1 has no REAPER region yet: choose one in the song's dialog.")
                           .arg(quoted(stop.title));
        return move;
    }
    const auto region = findRegion(stop.region);
    if (!region) {
        move.message = tr("REAPER's project has no region called %1 (for %2).")
                           .arg(quoted(stop.region.trimmed()), quoted(stop.title));
        return move;
    }
    return goToRegion(stop, row, *region);
}

SetlistNavigator::Move SetlistNavigator::next(const std::vector<SetlistStop>& setlist, int fromRow,
                                              bool stopAtEverySong) {
    QStringList skipped;
    for (int row = std::max(-1, fromRow) + 1; row < int(setlist.size()); ++row) {
        const SetlistStop& stop = setlist[std::size_t(row)];
        if (stop.isBreak)
            continue;
        const auto region = findRegion(stop.region);
        if (region) {
            Move move = goToRegion(stop, row, *region);
            if (!skipped.isEmpty())
                move.message = tr("Skipped %1 (no region in REAPER). %2")
                                   .arg(skipped.join(QStringLiteral(", ")), move.message);
            return move;
        }
        if (stopAtEverySong) {
            Move move;
            move.row = row;
            move.message = tr("Now playing %1. It has no region in REAPER, so REAPER stays "
                              "where it is.")
                               .arg(quoted(stop.title));
            return move;
        }
        skipped << quoted(stop.title);
    }
    Move move;
    move.message = skipped.isEmpty()
                       ? tr("That was the last song of the setlist.")
                       : tr("No song after this one has a region in REAPER (skipped %1).")
                             .arg(skipped.join(QStringLiteral(", ")));
    return move;
}

SetlistNavigator::Move SetlistNavigator::goToRegion(const SetlistStop& stop, int row,
                                                    const RegionRef& region) {
    Move move;
    move.row = row;
    move.region = region;
    const TransportState& transport = m_session.transport();
    if (transport.recording) {
        // Moving the playhead would cut the recording short: the song is current, REAPER stays.
        move.message = tr("Now playing %1. REAPER is recording, so it stays where it is.")
                           .arg(quoted(stop.title));
        return move;
    }
    m_link.gotoRegion(region.index);
    move.sent = true;
    const MarkerInfo& current = m_session.lastRegion(); // the region holding the playhead
    move.smooth = transport.playing && !(current.name.isEmpty() && current.number.isEmpty());
    if (m_link.state() != Link::State::Connected)
        move.message = tr("Sent REAPER to %1, but REAPER is not answering at the moment.")
                           .arg(quoted(region.name));
    else if (move.smooth)
        move.message = tr("REAPER goes to %1 (%2) when the region being played ends.")
                           .arg(quoted(region.name), timeline::format(region.start));
    else
        move.message =
            tr("REAPER is at %1 (%2).").arg(quoted(region.name), timeline::format(region.start));
    return move;
}

} // namespace oscalis::reaper
