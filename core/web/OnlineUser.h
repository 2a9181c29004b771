#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace oscalis::web {

/// One person online in a band, as the presence list shows them: at the studio computer
/// (desktop), in a browser, or both. A plain value; any thread.
struct OnlineUser {
    qint64 userId = 0;
    QString displayName;
    bool desktop = false;
    bool browser = false;
    bool operator==(const OnlineUser&) const = default;
};

} // namespace oscalis::web

Q_DECLARE_METATYPE(oscalis::web::OnlineUser)
