#pragma once

#include <QString>

class QSettings;

namespace oscalis::reaper {

/// Where REAPER keeps its resource folder on this computer, and where Oscalis looks for what the
/// ReaScript writes (<resource>/Oscalis unless the settings say otherwise). Any thread.
class ReaperPaths {
public:
    /// QSettings keys: the resource folder, and an explicit project folder (rarely needed).
    static constexpr const char* kResourceFolderKey = "reaper/resourceFolder";
    static constexpr const char* kProjectFolderKey = "reaper/projectFolder";

    /// REAPER's default resource folder for this OS: ~/.config/REAPER (Linux),
    /// ~/Library/Application Support/REAPER (macOS), %APPDATA%/REAPER (Windows).
    static QString defaultResourceFolder();
    /// The resource folder from the settings, else the default.
    static QString resourceFolder(const QSettings& settings);
    /// The folder oscalis.lua writes into: the settings' project folder, else resource/Oscalis.
    static QString projectFolder(const QSettings& settings);
    /// resource/Oscalis: where the script writes when run from that resource folder.
    static QString projectFolderIn(const QString& resourceFolder);
};

} // namespace oscalis::reaper
