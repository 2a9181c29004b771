#pragma once

#include "auth/Roles.h"

#include <QString>

namespace oscalis::store {

/// Per-band preferences (band_settings). A band without a row has the defaults below.
struct BandSettings {
    enum class Theme { System, Light, Dark };
    enum class Layout { Standard, Compact, Kiosk };
    /// Who may use the browser remote (transport and faders) in this band.
    enum class RemoteAccess { Nobody, Leaders, Members };
    qint64 bandId = 0;
    QString displayName; ///< shown instead of the band's name when not empty
    Theme theme = Theme::System;
    Layout layout = Layout::Standard;
    RemoteAccess remoteAccess = RemoteAccess::Leaders;

    /// Whether someone with this role in the band may use the remote (None: never).
    bool allowsRemote(auth::BandRole role) const {
        switch (remoteAccess) {
        case RemoteAccess::Nobody:
            return false;
        case RemoteAccess::Leaders:
            return role == auth::BandRole::Leader;
        case RemoteAccess::Members:
            return role != auth::BandRole::None;
        }
        return false;
    }
};

} // namespace oscalis::store
