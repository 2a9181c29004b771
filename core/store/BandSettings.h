#pragma once

#include <QString>

namespace oscalis::store {

/// Per-band preferences (band_settings). A band without a row has the defaults below.
struct BandSettings {
    enum class Theme { System, Light, Dark };
    enum class Layout { Standard, Compact, Kiosk };
    qint64 bandId = 0;
    QString displayName; ///< shown instead of the band's name when not empty
    Theme theme = Theme::System;
    Layout layout = Layout::Standard;
};

} // namespace oscalis::store
