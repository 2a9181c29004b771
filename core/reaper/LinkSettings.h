#pragma once

#include <QString>

namespace oscalis::reaper {

/// Where REAPER is and how the surface presents itself. Defaults match REAPER's OSC defaults.
struct LinkSettings {
    QString reaperHost = QStringLiteral("127.0.0.1");
    quint16 reaperPort = 8000; ///< REAPER's "Local listen port"
    quint16 listenPort = 9000; ///< Oscalis's port (REAPER's "Remote port"); 0 picks any
    int bankSize = 8;          ///< strips the view shows (/device/track/count)
    int markerCount = 16;      ///< markers REAPER should report (/device/marker/count)
    int regionCount = 16;      ///< regions REAPER should report (/device/region/count)
    /// The folder the ReaScript writes project.json and events.json into and reads commands from;
    /// empty: <REAPER resource folder>/Oscalis (ReaperPaths::projectFolder).
    QString scriptFolder;
    bool operator==(const LinkSettings&) const = default;
};

} // namespace oscalis::reaper
