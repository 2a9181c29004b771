#include "store/SessionRepository.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/RandomToken.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"
#include "store/Validate.h"

#include <QCryptographicHash>

namespace oscalis::store {

namespace {
const QString kColumns = QStringLiteral("id, user_id, created_at, expires_at, device, last_seen, coalesce(revoked_at, '')");

Session fromRecord(const QSqlRecord& r) {
    return {r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toString(), r.value(5).toString(), r.value(6).toString()};
}
} // namespace

QString SessionRepository::hashToken(const QString& token) {
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<SessionRepository::Created> SessionRepository::create(qint64 userId, const QString& device, const QDateTime& now,
                                                             qint64 lifetimeSecs) {
    if (Status v = Validate::text(device, StoreText::tr("The device name"), Validate::kNameMax, false); !v.ok())
        return v.error();
    const QString token = RandomToken::make();
    Created created;
    Status done = m_db.transaction([&]() -> Status {
        auto actor = AccessCheck::current(m_db, {userId, auth::GlobalRole::Member});
        if (!actor.ok()) return actor.error();
        const Session s{0, userId, sql::toUtc(now), sql::toUtc(now.addSecs(lifetimeSecs)), device, sql::toUtc(now), {}};
        auto id = m_db.insert(QStringLiteral("INSERT INTO sessions (user_id, token_hash, created_at, expires_at, device, last_seen) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {userId, hashToken(token), s.createdAt, s.expiresAt, device, s.lastSeen});
        if (!id.ok()) return id.error();
        created = {s, token};
        created.session.id = *id;
        return AuditRepository::append(m_db, *actor, std::nullopt, QStringLiteral("session.create"),
                                       QStringLiteral("session:%1").arg(*id), {}, {{QStringLiteral("device"), device}});
    });
    if (!done.ok()) return done.error();
    return created;
}

Result<Session> SessionRepository::findValid(const QString& token, const QDateTime& now) {
    if (token.isEmpty() || token.size() > 200) return Error::notFound(StoreText::tr("Please sign in again."));
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM sessions WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ? "
                                           "AND user_id IN (SELECT id FROM users WHERE disabled = 0)")
                                .arg(kColumns),
                            {hashToken(token), sql::toUtc(now)});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return Error::notFound(StoreText::tr("Please sign in again."));
    return fromRecord(rows->front());
}

Status SessionRepository::touch(qint64 sessionId, const QDateTime& now) {
    auto r = m_db.exec(QStringLiteral("UPDATE sessions SET last_seen = ? WHERE id = ?"), {sql::toUtc(now), sessionId});
    if (!r.ok()) return r.error();
    return {};
}

Status SessionRepository::revoke(const auth::Actor& actor, qint64 sessionId, const QDateTime& now) {
    return m_db.transaction([&]() -> Status {
        auto owner = m_db.scalar(QStringLiteral("SELECT user_id FROM sessions WHERE id = ?"), {sessionId});
        if (!owner.ok()) return owner.error();
        if (owner->isNull()) return Error::notFound(StoreText::tr("This session does not exist (any more)."));
        const bool own = owner->toLongLong() == actor.userId;
        if (own) {
            if (auto me = AccessCheck::current(m_db, actor); !me.ok()) return me.error();
        } else if (Status p = AccessCheck::require(m_db, actor, auth::Action::ManageUsers); !p.ok()) {
            return p;
        }
        auto r = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                           {sql::toUtc(now), sessionId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, std::nullopt, QStringLiteral("session.revoke"),
                                       QStringLiteral("session:%1").arg(sessionId));
    });
}

Result<std::vector<Session>> SessionRepository::listForUser(qint64 userId) {
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM sessions WHERE user_id = ? ORDER BY last_seen DESC").arg(kColumns),
                            {userId});
    if (!rows.ok()) return rows.error();
    std::vector<Session> list;
    for (const auto& r : *rows) list.push_back(fromRecord(r));
    return list;
}

Result<std::vector<SessionRepository::Listed>>
SessionRepository::listActive(const auth::Actor& actor, const QDateTime& now) {
    auto me = AccessCheck::current(m_db, actor);
    if (!me.ok())
        return me.error();
    const bool everyone = AccessCheck::require(m_db, *me, auth::Action::ManageUsers).ok();
    // Only sessions that findValid() would still accept: a disabled account's are listed nowhere.
    auto rows = m_db.select(
        QStringLiteral(
            "SELECT %1, username, display_name FROM sessions "
            "JOIN (SELECT id AS account, username, display_name FROM users WHERE disabled = 0) "
            "ON account = user_id "
            "WHERE revoked_at IS NULL AND expires_at > ? AND (? OR user_id = ?) "
            "ORDER BY last_seen DESC, id DESC")
            .arg(kColumns),
        {sql::toUtc(now), everyone, me->userId});
    if (!rows.ok())
        return rows.error();
    std::vector<Listed> list;
    for (const auto& r : *rows)
        list.push_back({fromRecord(r), r.value(7).toString(), r.value(8).toString()});
    return list;
}

Result<int> SessionRepository::purgeExpired(const QDateTime& now) {
    return m_db.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ? OR revoked_at IS NOT NULL"), {sql::toUtc(now)});
}

} // namespace oscalis::store
