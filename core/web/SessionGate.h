#pragma once

#include "auth/Actor.h"
#include "store/Result.h"
#include "store/Session.h"
#include "store/User.h"

#include <QString>

namespace oscalis::web {

class WorkerServices;

/// Turns a session cookie's token into the signed-in person, as the database knows them now
/// (a revoked or expired session, or a disabled account, is refused), and notes the session as
/// seen. Runs on a web worker thread with that worker's services.
class SessionGate {
public:
    struct SignedIn {
        store::Session session;
        store::User user;
        auth::Actor actor;
    };

    /// The person behind token, or an error whose message says to sign in again.
    static store::Result<SignedIn> resolve(WorkerServices& services, const QString& token);
};

} // namespace oscalis::web
