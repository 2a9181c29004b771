#pragma once

#include "auth/Actor.h"
#include "store/Database.h"

#include <QString>

namespace oscalis::store {

/// Private calendar subscription addresses (calendar_feeds): one random token per member and
/// band, which a calendar app puts in the feed's URL instead of signing in. The token is stored
/// as it is (the address must be shown again, the same, on every visit), is a RandomToken (43
/// characters of base64url), and works only while its owner is an active member of the band with
/// an enabled account. A member who leaves and joins again gets a new token: the old one was made
/// before the latest join and stays dead.
///
/// Owner: whoever owns the Database (the web worker thread for the browser routes); same thread
/// as it.
class CalendarFeedRepository {
public:
    /// Longer strings are refused before any lookup.
    static constexpr int kTokenMaxChars = 200;

    /// Whose feed a token opens.
    struct Owner {
        qint64 userId = 0;
        qint64 bandId = 0;
    };

    explicit CalendarFeedRepository(Database& db) : m_db(db) {}

    /// The actor's token for the band, made on the first call and the same afterwards.
    /// Denied unless the actor is an active member of the band with an enabled account.
    Result<QString> tokenFor(const auth::Actor& actor, qint64 bandId);
    /// Whose feed the token opens; NotFound for an unknown or revoked token, and for one whose
    /// owner has left the band since it was made or whose account is disabled.
    Result<Owner> findByToken(const QString& token);
    /// Forgets the actor's token for the band (the address stops working; the next tokenFor makes
    /// a new one). Revoking a feed that does not exist succeeds.
    Status revoke(const auth::Actor& actor, qint64 bandId);

private:
    Database& m_db;
};

} // namespace oscalis::store
