#pragma once

#include "auth/Actor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace oscalis::web {

/// Who a WebSocket connection belongs to, established on a worker before the upgrade: the
/// person, the band the page is for, and what they may do there. A plain value; any thread.
struct HubIdentity {
    auth::Actor actor;
    qint64 sessionId = 0; ///< the browser's session (0: the person at the studio computer)
    QString displayName;
    QJsonObject me; ///< as the `user` of GET /api/me
    qint64 bandId = 0;
    bool remote = false; ///< may use the remote in this band
    bool listen = false; ///< may listen to the studio's live audio (auth::Action::ListenToStudio)
    QJsonArray rooms;    ///< the band's chat rooms this person sees, for `welcome`
};

/// What a chat message handler produced on the worker, to be delivered on the network thread:
/// answers to the sender (each gets the client's `ref`), and messages for every connection of
/// some people in one band. A plain value; any thread.
struct HubOutcome {
    struct Delivery {
        QJsonObject message;
        std::vector<qint64> userIds;
        qint64 bandId = 0;
        bool toSender = false; ///< also to the connection that asked (it got a reply already)
    };
    std::vector<QJsonObject> replies;
    std::vector<Delivery> deliveries;

    /// An `error` message for the sender.
    static HubOutcome error(const QString& code, const QString& message) {
        HubOutcome o;
        o.replies.push_back({{QStringLiteral("type"), QStringLiteral("error")},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("message"), message}});
        return o;
    }
};

} // namespace oscalis::web
