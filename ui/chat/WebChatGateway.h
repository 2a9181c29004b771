#pragma once

#include "ui/chat/ChatGateway.h"

#include <QHash>
#include <QSet>

namespace oscalis::web {
class WebServer;
}

namespace oscalis::ui {

/// The desktop's chat while the web server runs: writes go to the hub as the signed-in person
/// (WebServer::postChat...), through the same handlers and fan-out as a browser's, and what the
/// hub has for that person comes back as this gateway's signals. Keeps the server told who is
/// signed in at the desktop and which band it has open (WebServer::setDesktopUser), which is
/// also what browsers see in their presence list.
/// GUI thread only; see ChatGateway. The server must outlive the gateway.
class WebChatGateway : public ChatGateway {
    Q_OBJECT
public:
    WebChatGateway(band::BandContext& context, web::WebServer& server, QObject* parent = nullptr);

    QList<web::OnlineUser> online() const override;
    bool live() const override;

    void post(qint64 roomId, const QString& text, const QString& clientId) override;
    void remove(qint64 messageId) override;
    void markRead(qint64 roomId, qint64 seq) override;
    void createRoom(const QString& name) override;
    void openDirect(qint64 userId) override;

private:
    void followContext();
    /// A request the server did not take (it is not running).
    bool sent(quint64 ref);

    web::WebServer& m_server;
    QHash<quint64, QString> m_posts; ///< ref -> clientId, until answered
    QSet<quint64> m_opening;         ///< refs of createRoom / openDirect
};

} // namespace oscalis::ui
