#pragma once

#include "auth/Actor.h"
#include "store/BandSettings.h"
#include "store/Database.h"

#include <optional>

namespace oscalis::store {

/// Per-band settings: display name override, theme, layout, who may use the browser remote.
/// Owner: whoever owns the Database; same thread as it.
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    /// The band's settings, or the defaults when none were saved. NotFound if the band does not
    /// exist.
    Result<BandSettings> get(qint64 bandId);
    /// Saves every field (EditBandSettings), with one audit entry holding before and after.
    Status update(const auth::Actor& actor, const BandSettings& settings);

    static QString themeName(BandSettings::Theme theme);
    static QString layoutName(BandSettings::Layout layout);
    static std::optional<BandSettings::Theme> themeFromName(const QString& name);
    static std::optional<BandSettings::Layout> layoutFromName(const QString& name);
    /// Database spelling of remote_access ("nobody", "leaders", "members").
    static QString remoteAccessName(BandSettings::RemoteAccess access);
    static std::optional<BandSettings::RemoteAccess> remoteAccessFromName(const QString& name);

private:
    Database& m_db;
};

} // namespace oscalis::store
