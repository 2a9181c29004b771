#include "web/Presence.h"

#include <QJsonObject>

#include <algorithm>

namespace oscalis::web {

void Presence::addBrowser(qint64 bandId, qint64 userId, const QString& displayName) {
    Entry& e = m_browsers[bandId][userId];
    e.displayName = displayName;
    ++e.browsers;
}

void Presence::removeBrowser(qint64 bandId, qint64 userId) {
    auto band = m_browsers.find(bandId);
    if (band == m_browsers.end())
        return;
    auto it = band->second.find(userId);
    if (it == band->second.end())
        return;
    if (--it->browsers <= 0)
        band->second.erase(it);
    if (band->second.isEmpty())
        m_browsers.erase(band);
}

std::pair<qint64, qint64> Presence::setDesktop(qint64 userId, qint64 bandId,
                                               const QString& displayName) {
    const qint64 before = m_desktopBand;
    m_desktopUser = userId;
    m_desktopBand = userId ? bandId : 0;
    m_desktopName = displayName;
    return {before, m_desktopBand};
}

QList<OnlineUser> Presence::list(qint64 bandId) const {
    QList<OnlineUser> rows;
    if (auto band = m_browsers.find(bandId); band != m_browsers.end())
        for (auto it = band->second.cbegin(); it != band->second.cend(); ++it)
            rows.append({it.key(), it->displayName, false, true});
    if (m_desktopUser && m_desktopBand == bandId) {
        auto it = std::find_if(rows.begin(), rows.end(),
                               [&](const OnlineUser& r) { return r.userId == m_desktopUser; });
        if (it != rows.end())
            it->desktop = true;
        else
            rows.append({m_desktopUser, m_desktopName, true, false});
    }
    std::sort(rows.begin(), rows.end(), [](const OnlineUser& a, const OnlineUser& b) {
        const int c = QString::localeAwareCompare(a.displayName, b.displayName);
        return c != 0 ? c < 0 : a.userId < b.userId;
    });
    return rows;
}

QJsonArray Presence::users(qint64 bandId) const {
    QJsonArray out;
    for (const OnlineUser& r : list(bandId)) {
        QJsonArray where;
        if (r.desktop)
            where.append(QStringLiteral("desktop"));
        if (r.browser)
            where.append(QStringLiteral("browser"));
        out.append(QJsonObject{{QStringLiteral("userId"), r.userId},
                               {QStringLiteral("displayName"), r.displayName},
                               {QStringLiteral("where"), where}});
    }
    return out;
}

} // namespace oscalis::web
