#include "ui/chat/WebChatGateway.h"

#include "ui/band/BandContext.h"
#include "web/WebServer.h"

namespace oscalis::ui {

WebChatGateway::WebChatGateway(band::BandContext& context, web::WebServer& server, QObject* parent)
    : ChatGateway(context, parent), m_server(server) {
    connect(&server, &web::WebServer::chatMessage, this, [this](const chat::Message& m) {
        if (m.authorId == this->context().actor().userId)
            m_posts.remove(m_posts.key(m.clientId)); // answered
        Q_EMIT messageArrived(m);
    });
    connect(&server, &web::WebServer::chatDeleted, this, &ChatGateway::messageDeleted);
    connect(&server, &web::WebServer::chatRoom, this, [this](const chat::Room& room, quint64 ref) {
        if (m_opening.remove(ref))
            Q_EMIT roomOpened(room);
        else
            Q_EMIT roomChanged(room);
    });
    connect(&server, &web::WebServer::chatFailed, this, [this](quint64 ref, const QString& why) {
        m_opening.remove(ref);
        if (m_posts.contains(ref))
            Q_EMIT postFailed(m_posts.take(ref), why);
        else
            Q_EMIT failed(why);
    });
    connect(&server, &web::WebServer::presenceChanged, this, [this](qint64 bandId) {
        if (bandId == this->context().bandId())
            Q_EMIT presenceChanged();
    });
    connect(&context, &band::BandContext::userChanged, this, &WebChatGateway::followContext);
    connect(&context, &band::BandContext::bandChanged, this, &WebChatGateway::followContext);
    followContext();
}

void WebChatGateway::followContext() {
    m_server.setDesktopUser(context().actor().userId, context().bandId());
    m_posts.clear();
    m_opening.clear();
    Q_EMIT presenceChanged();
}

QList<web::OnlineUser> WebChatGateway::online() const {
    return m_server.presence(context().bandId());
}

bool WebChatGateway::live() const {
    return m_server.isRunning();
}

bool WebChatGateway::sent(quint64 ref) {
    if (ref != 0)
        return true;
    Q_EMIT failed(tr("The web server is not running, so the chat cannot be reached."));
    return false;
}

void WebChatGateway::post(qint64 roomId, const QString& text, const QString& clientId) {
    const quint64 ref =
        m_server.postChat(context().actor(), context().bandId(), roomId, text, clientId);
    if (ref)
        m_posts.insert(ref, clientId);
    else
        Q_EMIT postFailed(clientId, tr("The web server is not running, so the message was not "
                                       "sent."));
}

void WebChatGateway::remove(qint64 messageId) {
    sent(m_server.deleteChat(context().actor(), context().bandId(), messageId));
}

void WebChatGateway::markRead(qint64 roomId, qint64 seq) {
    sent(m_server.markChatRead(context().actor(), context().bandId(), roomId, seq));
}

void WebChatGateway::createRoom(const QString& name) {
    const quint64 ref = m_server.createChatRoom(context().actor(), context().bandId(), name);
    if (sent(ref))
        m_opening.insert(ref);
}

void WebChatGateway::openDirect(qint64 userId) {
    const quint64 ref = m_server.openDirectChat(context().actor(), context().bandId(), userId);
    if (sent(ref))
        m_opening.insert(ref);
}

} // namespace oscalis::ui
