#include "store/CalendarFeedRepository.h"

#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/RandomToken.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"

namespace oscalis::store {

namespace {

QString feedTarget(qint64 band, qint64 user) {
    return QStringLiteral("band:%1/user:%2").arg(band).arg(user);
}

bool looksLikeToken(const QString& token) {
    if (token.size() < 32 || token.size() > CalendarFeedRepository::kTokenMaxChars)
        return false;
    for (const QChar c : token)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            return false;
    return true;
}

} // namespace

Result<QString> CalendarFeedRepository::tokenFor(const auth::Actor& actor, qint64 bandId) {
    QString token;
    Status done = m_db.transaction([&]() -> Status {
        auto me = AccessCheck::current(m_db, actor);
        if (!me.ok())
            return me.error();
        auto role = AccessCheck::bandRole(m_db, actor.userId, bandId);
        if (!role.ok())
            return role.error();
        if (me->isAnonymous() || *role == auth::BandRole::None)
            return Error::denied(
                StoreText::tr("Only members of this band can subscribe to its calendar."));
        // A token made before the latest join belongs to an earlier membership: replace it.
        auto rows = m_db.select(
            QStringLiteral("SELECT f.token FROM calendar_feeds f JOIN memberships m "
                           "ON m.band_id = f.band_id AND m.user_id = f.user_id "
                           "WHERE f.user_id = ? AND f.band_id = ? AND f.created_at >= m.joined_at"),
            {actor.userId, bandId});
        if (!rows.ok())
            return rows.error();
        if (!rows->empty()) {
            token = rows->front().value(0).toString();
            return {};
        }
        token = RandomToken::make();
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO calendar_feeds (user_id, band_id, token, created_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (user_id, band_id) DO UPDATE SET "
                           "token = excluded.token, created_at = excluded.created_at"),
            {actor.userId, bandId, token, sql::nowUtc()});
        if (!r.ok())
            return r.error();
        // The token is a credential: it never goes into the log.
        return AuditRepository::append(m_db, *me, bandId, QStringLiteral("calendar_feed.create"),
                                       feedTarget(bandId, actor.userId));
    });
    if (!done.ok())
        return done.error();
    return token;
}

Result<CalendarFeedRepository::Owner> CalendarFeedRepository::findByToken(const QString& token) {
    const Error unknown = Error::notFound(
        StoreText::tr("This calendar address does not work (any more). Copy the current one from "
                      "the band's calendar page."));
    if (!looksLikeToken(token))
        return unknown;
    auto rows = m_db.select(
        QStringLiteral("SELECT f.user_id, f.band_id FROM calendar_feeds f "
                       "JOIN memberships m ON m.band_id = f.band_id AND m.user_id = f.user_id "
                       "JOIN users u ON u.id = f.user_id "
                       "WHERE f.token = ? AND m.status = 'active' AND u.disabled = 0 "
                       "AND f.created_at >= m.joined_at"),
        {token});
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return unknown;
    return Owner{rows->front().value(0).toLongLong(), rows->front().value(1).toLongLong()};
}

Status CalendarFeedRepository::revoke(const auth::Actor& actor, qint64 bandId) {
    return m_db.transaction([&]() -> Status {
        auto me = AccessCheck::current(m_db, actor);
        if (!me.ok())
            return me.error();
        auto r = m_db.exec(
            QStringLiteral("DELETE FROM calendar_feeds WHERE user_id = ? AND band_id = ?"),
            {actor.userId, bandId});
        if (!r.ok())
            return r.error();
        if (*r == 0)
            return {};
        return AuditRepository::append(m_db, *me, bandId, QStringLiteral("calendar_feed.revoke"),
                                       feedTarget(bandId, actor.userId));
    });
}

} // namespace oscalis::store
