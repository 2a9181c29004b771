#pragma once

#include "web/HubIdentity.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace oscalis::web {

class WorkerServices;

/// The hub's message table (docs/API.md, "WebSocket"): for each type a client may send, who
/// handles it — a chat handler on the data worker, or the remote, which the Hub forwards to
/// REAPER after checking the permission. Also the list of types the hub sends.
/// tests/integration/test_web_api_doc.cpp compares both lists with the document. Any thread.
class HubMessages {
public:
    struct Spec {
        using WorkerHandler =
            std::function<HubOutcome(WorkerServices&, const HubIdentity&, const QJsonObject&)>;
        QString type;
        bool remote = false;   ///< a remote.* command, handled on the network thread
        WorkerHandler handler; ///< for the others, run on the data worker
        bool audio =
            false; ///< an audio.* request, handled by the AudioFanOut on the network thread
    };

    static const std::vector<Spec>& table();
    /// The Spec for a type, or nullptr.
    static const Spec* find(const QString& type);
    /// Every type a client may send.
    static QStringList clientTypes();
    /// Every type the hub sends.
    static QStringList serverTypes();
};

} // namespace oscalis::web
