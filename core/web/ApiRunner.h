#pragma once

#include "web/ApiCall.h"
#include "web/RouteSpec.h"

#include <QCoreApplication>

namespace oscalis::web {

class WorkerServices;

/// Runs one API route on a web worker thread: checks the session and the band membership the
/// route needs (401 not_signed_in, 403 forbidden), then calls its handler.
class ApiRunner {
    Q_DECLARE_TR_FUNCTIONS(ApiRunner)

public:
    static ApiOutcome run(WorkerServices& services, const RouteSpec& route, ApiCall call);
    /// The 401 every route that needs a session answers without one.
    static ApiReply notSignedIn();
};

} // namespace oscalis::web
