#pragma once

#include "web/HubIdentity.h"
#include "web/HubMessages.h"

#include <QJsonObject>

#include <vector>

namespace oscalis::web {

class WorkerServices;

/// A burst of hub requests (`chat.*` messages queued while the data worker was busy), run one
/// after the other in their order inside one database transaction: group commit. One COMMIT, so
/// one sync of the write-ahead log, serves the whole burst instead of one each. The handlers'
/// own transactions nest as savepoints, so a refused request still changes nothing.
///
/// Every acknowledged write is kept: the outcomes (the replies and fan-out that tell people a
/// message was saved) are returned only after the COMMIT succeeded. When the transaction cannot
/// be begun or committed, every request of the burst gets a `server_error` instead, and nothing
/// of it is acknowledged. A burst of one runs as before, without an outer transaction.
///
/// Owner: the Hub collects the requests on the network thread; run() is called on the data
/// worker thread, with that thread's WorkerServices.
class HubBatch {
public:
    struct Request {
        HubMessages::Spec::WorkerHandler handler;
        HubIdentity who;
        QJsonObject message;
    };

    /// The most requests one burst takes (a short hold on the database's write lock).
    static constexpr int kMaxRequests = 64;

    /// The outcome of each request, in the order of requests.
    static std::vector<HubOutcome> run(WorkerServices& services,
                                       const std::vector<Request>& requests);
};

} // namespace oscalis::web
