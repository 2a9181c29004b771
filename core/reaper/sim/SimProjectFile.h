#pragma once

#include "reaper/sim/SimProject.h"

#include <QString>

namespace oscalis::reaper::sim {

/// Writes the project.json that reaper_script/oscalis.lua would write for a simulated project,
/// with plausible colours, folders and FX, so `oscalis --demo` shows what the ReaScript adds.
/// Stateless; any thread.
class SimProjectFile {
public:
    /// The colour the demo gives track `number` (1-based), by instrument family:
    /// "#rrggbb", or empty for REAPER's default.
    static QString colourFor(const SimProject& project, int number);
    /// project.json's text for `project`.
    static QByteArray projectJson(const SimProject& project);
    /// Writes `folder`/project.json atomically; false if it could not.
    static bool write(const SimProject& project, const QString& folder);
};

} // namespace oscalis::reaper::sim
