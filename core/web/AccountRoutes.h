#pragma once

#include "web/ApiCall.h"

#include <QCoreApplication>

namespace oscalis::web {

class WorkerServices;

/// The "Accounts" routes of docs/API.md: sign-in, registration with an invite code, sign-out,
/// who am I, and one's own sessions. Handlers for the route table; they run on a web worker
/// thread (sign-in and registration on the hashing worker).
class AccountRoutes {
    Q_DECLARE_TR_FUNCTIONS(AccountRoutes)

public:
    static ApiOutcome login(WorkerServices& services, const ApiCall& call);
    static ApiOutcome registerUser(WorkerServices& services, const ApiCall& call);
    static ApiOutcome logout(WorkerServices& services, const ApiCall& call);
    static ApiOutcome me(WorkerServices& services, const ApiCall& call);
    static ApiOutcome sessions(WorkerServices& services, const ApiCall& call);
    static ApiOutcome endSession(WorkerServices& services, const ApiCall& call);

    /// "Firefox on Android": what the sessions list calls a browser, from its User-Agent.
    static QString deviceName(const QString& userAgent);
};

} // namespace oscalis::web
