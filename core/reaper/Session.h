#pragma once

#include "reaper/ProjectTypes.h"
#include "reaper/SessionTypes.h"

#include <QObject>

#include <optional>
#include <vector>

namespace oscalis::reaper {

/// The one source of truth for REAPER's state: the strips of the current bank (slot 0 is the
/// master), the transport, markers and regions, and what the ReaScript reports about the
/// project (track count, colours, FX). Updated by the feedback dispatcher; views
/// listen to its signals. Lives on the GUI thread; not thread-safe.
class Session : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinBankSize = 1;
    static constexpr int kMaxBankSize = 64;

    explicit Session(QObject* parent = nullptr);

    int bankSize() const { return int(m_tracks.size()) - 1; }
    /// Resizes the bank (kept slots keep their state; new ones start blank).
    void setBankSize(int size);
    /// Absolute REAPER number of the bank's first track, learnt from REAPER's number feedback.
    int bankStart() const { return m_bankStart; }
    /// 1-based bank index derived from bankStart() and bankSize().
    int bankIndex() const { return (m_bankStart - 1) / std::max(1, bankSize()) + 1; }
    /// Absolute REAPER number shown by `slot` (1..bankSize()).
    int absoluteNumber(int slot) const;

    /// Slot 0 is the master; out-of-range slots return nullptr.
    const TrackState* track(int slot) const;
    TrackState* trackForUpdate(int slot);
    const TransportState& transport() const { return m_transport; }
    TransportState& transportForUpdate() { return m_transport; }

    const std::vector<MarkerInfo>& markers() const { return m_markers; }
    const std::vector<MarkerInfo>& regions() const { return m_regions; }
    MarkerInfo* markerForUpdate(int index, bool region);
    const MarkerInfo& lastMarker() const { return m_lastMarker; }
    const MarkerInfo& lastRegion() const { return m_lastRegion; }
    MarkerInfo& lastMarkerForUpdate() { return m_lastMarker; }
    MarkerInfo& lastRegionForUpdate() { return m_lastRegion; }

    /// Sets a slot's absolute number from REAPER's `/track/N/number/str`, moving bankStart().
    void setTrackNumber(int slot, int number);

    /// Takes what the ReaScript's project.json says (ProjectWatcher), replacing the last one.
    void setProject(ProjectSnapshot project);
    const ProjectSnapshot& project() const { return m_project; }
    /// The ReaScript's version; 0 until a project.json has been read.
    int scriptVersion() const { return m_project.scriptVersion; }
    /// How many tracks the project has, once the ReaScript has said so.
    std::optional<int> trackCount() const;
    /// The 1-based index of the last bank, once trackCount() is known.
    std::optional<int> lastBankIndex() const;
    /// What the ReaScript says about absolute track `number`, or nullptr.
    const ProjectTrack* projectTrack(int number) const;

    void notifyTrack(int slot, std::uint32_t fields) { Q_EMIT trackChanged(slot, fields); }
    void notifyTransport() { Q_EMIT transportChanged(); }
    void notifyMarkers() { Q_EMIT markersChanged(); }

Q_SIGNALS:
    void trackChanged(int slot, std::uint32_t fields);
    void transportChanged();
    void markersChanged();
    void bankChanged(int bankStart);
    void bankSizeChanged(int size);
    /// A new project.json was taken (track count, colours, script version may have changed).
    void projectChanged();

private:
    std::vector<TrackState> m_tracks;
    TransportState m_transport;
    std::vector<MarkerInfo> m_markers;
    std::vector<MarkerInfo> m_regions;
    MarkerInfo m_lastMarker;
    MarkerInfo m_lastRegion;
    int m_bankStart = 1;
    ProjectSnapshot m_project;
};

} // namespace oscalis::reaper
