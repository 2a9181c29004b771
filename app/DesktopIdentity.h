#pragma once

namespace oscalis::app {

/// How the desktop recognises Oscalis's windows: the window icon (every PNG size the build drew
/// from resources/icons/oscalis.svg, carried as :/icons/oscalis-<size>.png) and the desktop
/// entry's id, which Wayland compositors and task bars use to match a window to its menu entry.
/// Call once, from the GUI thread, after the QApplication exists and before the first window shows.
void applyDesktopIdentity();

} // namespace oscalis::app
