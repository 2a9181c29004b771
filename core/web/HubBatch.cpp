#include "web/HubBatch.h"

#include "web/WorkerServices.h"

namespace oscalis::web {

std::vector<HubOutcome> HubBatch::run(WorkerServices& services,
                                      const std::vector<Request>& requests) {
    std::vector<HubOutcome> outcomes;
    outcomes.reserve(requests.size());
    if (!services.ready()) {
        for (std::size_t i = 0; i < requests.size(); ++i)
            outcomes.push_back(
                HubOutcome::error(QStringLiteral("server_error"), services.problem()));
        return outcomes;
    }
    if (requests.size() == 1) {
        outcomes.push_back(
            requests.front().handler(services, requests.front().who, requests.front().message));
        return outcomes;
    }
    const store::Status committed = services.db().transaction([&]() -> store::Status {
        for (const Request& r : requests)
            outcomes.push_back(r.handler(services, r.who, r.message));
        return {};
    });
    if (!committed.ok()) {
        // Nothing of the burst may be acknowledged: none of it is known to be on disk.
        outcomes.assign(requests.size(), HubOutcome::error(QStringLiteral("server_error"),
                                                           committed.error().message));
    }
    return outcomes;
}

} // namespace oscalis::web
