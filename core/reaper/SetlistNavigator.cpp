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

std::vector<RegionRef> SetlistNavigator::regions() const {
    std::vector<RegionRef> out;
    // project.json lists every region; the OSC bank only the first DEVICE_REGION_COUNT.
    if (m_session.scriptVersion() > 0) {
        for (const ProjectMarker& r : m_session.project().regions)
            out.push_back({r.index, r.name, r.position, r.end});
        return out;
    }
    const auto& bank = m_session.regions();
    for (std::size_t i = 0; i < bank.size(); ++i)
        if (!bank[i].isEmpty())
            out.push_back({int(i) + 1, bank[i].name, bank[i].time, bank[i].time + bank[i].length});
    return out;
}

std::optional<RegionRef> SetlistNavigator::findRegion(const QString& name) const {
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const RegionRef& r : regions())
        if (r.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QStringList SetlistNavigator::regionNames() const {
    QStringList names;
    for (const RegionRef& r : regions()) {
        const QString clean = r.name.trimmed();
        if (!clean.isEmpty() && !names.contains(clean, Qt::CaseInsensitive))
            names << clean;
    }
    return names;
}

std::optional<RegionRef> SetlistNavigator::regionAt(double seconds) const {
    for (const RegionRef& r : regions())
        if (r.start <= seconds && seconds < r.end)
            return r;
    return std::nullopt;
}

SetlistNavigator::Move SetlistNavigator::go(const std::vector<SetlistStop>& setlist, int row,
                                            bool stopAtEverySong) {
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
    if (const auto region = findRegion(stop.region))
        return goToRegion(stop, row, *region);
    if (stopAtEverySong)
        return stayingPut(stop, row);
    if (stop.region.trimmed().isEmpty())
        move.message = tr("%1 has no REAPER region yet: choose one in the song's dialog.")
                           .arg(quoted(stop.title));
    else
        move.message = tr("REAPER's project has no region called %1 (for %2).")
                           .arg(quoted(stop.region.trimmed()), quoted(stop.title));
    return move;
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
        if (stopAtEverySong)
            return stayingPut(stop, row);
        skipped << quoted(stop.title);
    }
    Move move;
    move.message = skipped.isEmpty()
                       ? tr("That was the last song of the setlist.")
                       : tr("No song after this one has a region in REAPER (skipped %1).")
                             .arg(skipped.join(QStringLiteral(", ")));
    return move;
}

SetlistNavigator::Move SetlistNavigator::stayingPut(const SetlistStop& stop, int row) {
    Move move;
    move.row = row;
    move.message = tr("Now playing %1. It has no region in REAPER, so REAPER stays where it is.")
                       .arg(quoted(stop.title));
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
    move.smooth = transport.playing && !current.isEmpty();
    if (m_link.state() != Link::State::Connected)
        move.message = tr("Sent REAPER to %1, but REAPER is not answering at the moment.")
                           .arg(quoted(region.name));
    else if (move.smooth)
        move.message =
            tr("%1: REAPER goes to %2 (%3) when the region being played ends.")
                .arg(quoted(stop.title), quoted(region.name), timeline::format(region.start));
    else
        move.message =
            tr("%1: REAPER is at %2 (%3).")
                .arg(quoted(stop.title), quoted(region.name), timeline::format(region.start));
    return move;
}

} // namespace oscalis::reaper
