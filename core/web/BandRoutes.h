#pragma once

#include "web/ApiCall.h"

namespace oscalis::web {

class WorkerServices;

/// The "Band data" routes of docs/API.md as route handlers: each takes its path parameters,
/// query and body out of the call and asks web::BandApi. Worker thread.
class BandRoutes {
public:
    static ApiOutcome members(WorkerServices& services, const ApiCall& call);
    static ApiOutcome songs(WorkerServices& services, const ApiCall& call);
    static ApiOutcome setMastery(WorkerServices& services, const ApiCall& call);
    static ApiOutcome suggestions(WorkerServices& services, const ApiCall& call);
    static ApiOutcome addSuggestion(WorkerServices& services, const ApiCall& call);
    static ApiOutcome vote(WorkerServices& services, const ApiCall& call);
    static ApiOutcome events(WorkerServices& services, const ApiCall& call);
    static ApiOutcome answer(WorkerServices& services, const ApiCall& call);
    static ApiOutcome calendarFeed(WorkerServices& services, const ApiCall& call);
    static ApiOutcome calendarIcs(WorkerServices& services, const ApiCall& call);
    static ApiOutcome gigs(WorkerServices& services, const ApiCall& call);
    static ApiOutcome gig(WorkerServices& services, const ApiCall& call);
};

} // namespace oscalis::web
