#pragma once

#include "reaper/ProjectTypes.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace oscalis::reaper {

/// Reads the files reaper_script/oscalis.lua writes (project.json, events.json) and checks them
/// field by field: a file that is cut short, malformed, or not in the expected shape gives no
/// value and a message in plain words. Stateless; any thread.
class ProjectFile {
public:
    static constexpr int kMaxTracks = 10000;
    static constexpr int kMaxMarkers = 10000;

    /// project.json's contents, or nullopt with *error saying what is wrong.
    static std::optional<ProjectSnapshot> parseProject(const QByteArray& text, QString* error);
    /// events.json's events (oldest first), or nullopt with *error.
    static std::optional<std::vector<ProjectEvent>> parseEvents(const QByteArray& text,
                                                                QString* error);
    /// events.json's recordings (oldest first; none in a file from script version 1), or
    /// nullopt with *error.
    static std::optional<std::vector<ProjectRecording>> parseRecordings(const QByteArray& text,
                                                                        QString* error);
};

} // namespace oscalis::reaper
