#include "store/SettingsRepository.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/Validate.h"
#include "store/StoreText.h"

namespace oscalis::store {

namespace {

const char* kThemes[] = {"system", "light", "dark"};
const char* kLayouts[] = {"standard", "compact", "kiosk"};
const char* kRemoteAccess[] = {"nobody", "leaders", "members"};

QJsonObject summary(const BandSettings& s) {
    return {
        {QStringLiteral("display_name"), s.displayName},
        {QStringLiteral("theme"), SettingsRepository::themeName(s.theme)},
        {QStringLiteral("layout"), SettingsRepository::layoutName(s.layout)},
        {QStringLiteral("remote_access"), SettingsRepository::remoteAccessName(s.remoteAccess)}};
}

} // namespace

QString SettingsRepository::themeName(BandSettings::Theme theme) {
    return QLatin1String(kThemes[static_cast<int>(theme)]);
}
QString SettingsRepository::layoutName(BandSettings::Layout layout) {
    return QLatin1String(kLayouts[static_cast<int>(layout)]);
}

QString SettingsRepository::remoteAccessName(BandSettings::RemoteAccess access) {
    return QLatin1String(kRemoteAccess[static_cast<int>(access)]);
}

std::optional<BandSettings::RemoteAccess>
SettingsRepository::remoteAccessFromName(const QString& name) {
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(kRemoteAccess[i]))
            return static_cast<BandSettings::RemoteAccess>(i);
    return std::nullopt;
}

std::optional<BandSettings::Theme> SettingsRepository::themeFromName(const QString& name) {
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(kThemes[i]))
            return static_cast<BandSettings::Theme>(i);
    return std::nullopt;
}

std::optional<BandSettings::Layout> SettingsRepository::layoutFromName(const QString& name) {
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(kLayouts[i]))
            return static_cast<BandSettings::Layout>(i);
    return std::nullopt;
}

Result<BandSettings> SettingsRepository::get(qint64 bandId) {
    auto rows = m_db.select(
        QStringLiteral(
            "SELECT b.id, s.display_name, s.theme, s.layout, s.remote_access FROM bands b "
            "LEFT JOIN band_settings s ON s.band_id = b.id WHERE b.id = ?"),
        {bandId});
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return Error::notFound(StoreText::tr("This band does not exist (any more)."));
    const QSqlRecord& r = rows->front();
    BandSettings s;
    s.bandId = bandId;
    s.displayName = r.value(1).toString();
    s.theme = themeFromName(r.value(2).toString()).value_or(BandSettings::Theme::System);
    s.layout = layoutFromName(r.value(3).toString()).value_or(BandSettings::Layout::Standard);
    s.remoteAccess =
        remoteAccessFromName(r.value(4).toString()).value_or(BandSettings::RemoteAccess::Leaders);
    return s;
}

Status SettingsRepository::update(const auth::Actor& actor, const BandSettings& settings) {
    BandSettings s = settings;
    s.displayName = s.displayName.trimmed();
    if (Status v = Validate::text(s.displayName, StoreText::tr("The display name"),
                                  Validate::kNameMax, false);
        !v.ok())
        return v;
    return m_db.transaction([&]() -> Status {
        auto before = get(s.bandId);
        if (!before.ok())
            return before.error();
        if (Status p = AccessCheck::require(m_db, actor, auth::Action::EditBandSettings, s.bandId);
            !p.ok())
            return p;
        auto r = m_db.exec(
            QStringLiteral(
                "INSERT INTO band_settings (band_id, display_name, theme, layout, remote_access) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (band_id) DO UPDATE SET "
                "display_name = excluded.display_name, theme = excluded.theme, "
                "layout = excluded.layout, remote_access = excluded.remote_access"),
            {s.bandId, s.displayName, themeName(s.theme), layoutName(s.layout),
             remoteAccessName(s.remoteAccess)});
        if (!r.ok())
            return r.error();
        return AuditRepository::append(m_db, actor, s.bandId, QStringLiteral("settings.edit"),
                                       QStringLiteral("band:%1").arg(s.bandId), summary(*before),
                                       summary(s));
    });
}

} // namespace oscalis::store
