#include "web/MeView.h"

#include "store/AccessCheck.h"
#include "store/BandRepository.h"
#include "store/SettingsRepository.h"

#include <QJsonArray>

namespace oscalis::web {

QJsonObject MeView::user(const store::User& user) {
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("role"), auth::roleName(user.role)}};
}

store::Result<bool> MeView::remoteAllowed(store::Database& db, qint64 userId, qint64 bandId) {
    auto role = store::AccessCheck::bandRole(db, userId, bandId);
    if (!role.ok())
        return role.error();
    if (*role == auth::BandRole::None)
        return false;
    auto settings = store::SettingsRepository(db).get(bandId);
    if (!settings.ok())
        return settings.error();
    return settings->allowsRemote(*role);
}

store::Result<QJsonObject> MeView::build(store::Database& db, const store::User& user) {
    store::BandRepository repository(db);
    auto bands = repository.listForUser(user.id);
    if (!bands.ok())
        return bands.error();
    QJsonArray list;
    qint64 current = 0;
    for (const store::Band& b : *bands) {
        auto role = store::AccessCheck::bandRole(db, user.id, b.id);
        if (!role.ok())
            return role.error();
        list.append(QJsonObject{{QStringLiteral("id"), b.id},
                                {QStringLiteral("name"), b.name},
                                {QStringLiteral("roleInBand"), auth::roleName(*role)}});
        if (current == 0 || (user.lastBandId && *user.lastBandId == b.id))
            current = b.id;
    }
    bool remote = false;
    if (current != 0) {
        auto allowed = remoteAllowed(db, user.id, current);
        if (!allowed.ok())
            return allowed.error();
        remote = *allowed;
    }
    return QJsonObject{
        {QStringLiteral("user"), MeView::user(user)},
        {QStringLiteral("bands"), list},
        {QStringLiteral("currentBandId"), current != 0 ? QJsonValue(current) : QJsonValue()},
        {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("remote"), remote}}}};
}

} // namespace oscalis::web
