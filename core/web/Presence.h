#pragma once

#include "web/OnlineUser.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

#include <map>

namespace oscalis::web {

/// Who is online in each band: people with a browser open on it (counted per connection), and
/// the person signed in at the studio computer in the band the desktop has open.
/// Owner: the Hub; network thread.
class Presence {
public:
    void addBrowser(qint64 bandId, qint64 userId, const QString& displayName);
    void removeBrowser(qint64 bandId, qint64 userId);
    /// The desktop's signed-in person and band (0, 0: nobody). Returns the bands whose list may
    /// have changed (the old band and the new one).
    std::pair<qint64, qint64> setDesktop(qint64 userId, qint64 bandId, const QString& displayName);

    /// Who is online in the band, by name.
    QList<OnlineUser> list(qint64 bandId) const;
    /// list() as `[{"userId", "displayName", "where": ["desktop", "browser"]}]`.
    QJsonArray users(qint64 bandId) const;

private:
    struct Entry {
        QString displayName;
        int browsers = 0;
    };
    std::map<qint64, QHash<qint64, Entry>> m_browsers; ///< band -> user -> entry
    qint64 m_desktopUser = 0;
    qint64 m_desktopBand = 0;
    QString m_desktopName;
};

} // namespace oscalis::web
