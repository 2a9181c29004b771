#include "ui/chat/LocalChatGateway.h"

#include "ui/band/BandContext.h"

namespace oscalis::ui {

LocalChatGateway::LocalChatGateway(band::BandContext& context, QObject* parent)
    : ChatGateway(context, parent) {
    connect(&context, &band::BandContext::userChanged, this, &ChatGateway::presenceChanged);
    connect(&context, &band::BandContext::bandChanged, this, &ChatGateway::presenceChanged);
}

QList<web::OnlineUser> LocalChatGateway::online() const {
    if (!context().signedIn() || !context().bandId())
        return {};
    return {{context().actor().userId, context().user().displayName, true, false}};
}

void LocalChatGateway::post(qint64 roomId, const QString& text, const QString& clientId) {
    auto posted = service().post(context().actor(), roomId, text, clientId);
    if (!posted.ok())
        return Q_EMIT postFailed(clientId, band::BandContext::describe(posted.error()));
    Q_EMIT messageArrived(posted->message);
}

void LocalChatGateway::remove(qint64 messageId) {
    auto removed = service().remove(context().actor(), messageId);
    if (!removed.ok())
        return Q_EMIT failed(band::BandContext::describe(removed.error()));
    Q_EMIT messageDeleted(removed->roomId, removed->id, removed->seq);
}

void LocalChatGateway::markRead(qint64 roomId, qint64 seq) {
    if (store::Status read = service().markRead(context().actor(), roomId, seq); !read.ok())
        return Q_EMIT failed(band::BandContext::describe(read.error()));
    if (auto changed = room(roomId); changed.ok())
        Q_EMIT roomChanged(*changed);
}

void LocalChatGateway::createRoom(const QString& name) {
    auto made = service().createRoom(context().actor(), context().bandId(), name);
    if (!made.ok())
        return Q_EMIT failed(band::BandContext::describe(made.error()));
    Q_EMIT roomOpened(*made);
}

void LocalChatGateway::openDirect(qint64 userId) {
    auto opened = service().directRoom(context().actor(), context().bandId(), userId);
    if (!opened.ok())
        return Q_EMIT failed(band::BandContext::describe(opened.error()));
    Q_EMIT roomOpened(*opened);
}

} // namespace oscalis::ui
