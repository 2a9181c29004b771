#pragma once

#include "reaper/LinkSettings.h"

class QSettings;

namespace oscalis::reaper {

/// Reads and writes LinkSettings under the "reaper/" group of a QSettings; missing keys keep
/// the defaults and out-of-range values are clamped. The script folder is ReaperPaths'
/// project folder key (removed when empty, so the default follows the resource folder).
/// Any thread, for its own QSettings.
LinkSettings loadLinkSettings(const QSettings& settings);
void saveLinkSettings(QSettings& settings, const LinkSettings& link);

} // namespace oscalis::reaper
