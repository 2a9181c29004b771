#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace oscalis::reaper {

/// The version of reaper_script/oscalis.lua (its SCRIPT_VERSION) this build of Oscalis reads.
/// Bump both together when the files' format changes.
constexpr int kExpectedScriptVersion = 2;

/// One track of the REAPER project as the ReaScript reports it (what OSC cannot say).
struct ProjectTrack {
    int number = 0; ///< REAPER's absolute track number, 1-based
    QString name;
    QString colour;      ///< "#rrggbb" (lower case); empty for REAPER's default colour
    int folderDepth = 0; ///< nesting level: 0 at the top, 1 inside one folder, ...
    bool isFolder = false;
    QStringList fx;     ///< insert FX names in chain order
    QString instrument; ///< the first instrument FX, empty when none
    QString input;      ///< the record input in words, e.g. "Stereo in 1/2", "MIDI: all"
    bool operator==(const ProjectTrack&) const = default;
};

/// A marker or region from the ReaScript's full list (not limited to an OSC bank).
struct ProjectMarker {
    int index = 0;  ///< position in REAPER's marker/region enumeration, 1-based
    int number = 0; ///< REAPER's displayed number
    QString name;
    double position = 0.0; ///< seconds
    double end = 0.0;      ///< seconds; regions only
    QString colour;        ///< "#rrggbb" or empty
    bool operator==(const ProjectMarker&) const = default;
};

/// Everything project.json says, validated. Empty (version 0) until a file has been read.
struct ProjectSnapshot {
    int scriptVersion = 0;
    QString projectName;
    int trackCount = 0;
    std::vector<ProjectTrack> tracks; ///< tracks[i].number == i + 1
    std::vector<ProjectMarker> markers;
    std::vector<ProjectMarker> regions;
    bool operator==(const ProjectSnapshot&) const = default;
};

/// An instrument or input change on a track, from events.json.
struct ProjectEvent {
    QDateTime when;
    QString kind; ///< "instrument" or "input"
    int track = 0;
    QString trackName;
    QString from;
    QString to;
    bool operator==(const ProjectEvent&) const = default;
};

/// One file REAPER wrote while recording (an item on an armed track), from events.json.
struct RecordedFile {
    QString path; ///< as REAPER reports it (GetMediaSourceFileName)
    int track = 0;
    QString trackName;
    double start = 0.0; ///< seconds on the timeline
    double end = 0.0;
    bool operator==(const RecordedFile&) const = default;
};

/// One pass of REAPER's record button, from events.json: when (UTC), where on the timeline,
/// in which project, and the files it wrote.
struct ProjectRecording {
    QDateTime started;
    QDateTime stopped;
    double start = 0.0; ///< seconds on the timeline
    double end = 0.0;
    QString project; ///< the .RPP file; empty while the project was never saved
    std::vector<RecordedFile> files;
    bool operator==(const ProjectRecording&) const = default;
};

} // namespace oscalis::reaper
