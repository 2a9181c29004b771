#pragma once

namespace oscalis::reaper::actions {

/// REAPER Main-section command IDs used through `/action i`.
constexpr int kRefreshAllSurfaces = 41743; ///< "Control surface: Refresh all surfaces"
constexpr int kPreviousMarker = 40172;     ///< "Markers: Go to previous marker/project start"
constexpr int kNextMarker = 40173;         ///< "Markers: Go to next marker/project end"

} // namespace oscalis::reaper::actions
