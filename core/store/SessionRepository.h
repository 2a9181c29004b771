#pragma once

#include "auth/Actor.h"
#include "store/Database.h"
#include "store/Session.h"

#include <QDateTime>

#include <vector>

namespace oscalis::store {

/// Sign-in sessions (browser cookies, kiosk). Only SHA-256 hashes of tokens are stored, so a copy
/// of the database does not let anyone sign in. Times are passed in (now) so tests control them.
/// Owner: the thread that serves sign-ins (usually the web worker), with its own Database.
class SessionRepository {
public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    struct Created {
        Session session;
        QString token; ///< give to the client once; never stored
    };
    /// A new random 256-bit token for userId, valid for lifetimeSecs.
    Result<Created> create(qint64 userId, const QString& device, const QDateTime& now, qint64 lifetimeSecs);
    /// The session if the token is known, not revoked, not expired, and its user not disabled.
    Result<Session> findValid(const QString& token, const QDateTime& now);
    Status touch(qint64 sessionId, const QDateTime& now);
    /// One's own session, or anyone's with ManageUsers.
    Status revoke(const auth::Actor& actor, qint64 sessionId, const QDateTime& now);
    Result<std::vector<Session>> listForUser(qint64 userId);

    /// A session as the desktop's "Signed-in browsers" list shows it: with whose it is.
    struct Listed {
        Session session;
        QString username;
        QString displayName;
    };
    /// Sessions neither revoked nor expired at now, most recently seen first: everyone's for an
    /// actor with ManageUsers, the actor's own otherwise.
    Result<std::vector<Listed>> listActive(const auth::Actor& actor, const QDateTime& now);

    /// Deletes expired and revoked sessions; returns how many.
    Result<int> purgeExpired(const QDateTime& now);

    static QString hashToken(const QString& token);

private:
    Database& m_db;
};

} // namespace oscalis::store
