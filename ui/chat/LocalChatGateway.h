#pragma once

#include "ui/chat/ChatGateway.h"

namespace oscalis::ui {

/// The desktop's chat when the web server is off (--web-port 0, or it could not start): writes
/// go straight to chat::ChatService on the desktop's database and are answered at once. No
/// browser is connected then; they read what was written when they next connect.
/// GUI thread only; see ChatGateway.
class LocalChatGateway : public ChatGateway {
    Q_OBJECT
public:
    explicit LocalChatGateway(band::BandContext& context, QObject* parent = nullptr);

    /// Only the person at this desktop.
    QList<web::OnlineUser> online() const override;
    bool live() const override { return false; }

    void post(qint64 roomId, const QString& text, const QString& clientId) override;
    void remove(qint64 messageId) override;
    void markRead(qint64 roomId, qint64 seq) override;
    void createRoom(const QString& name) override;
    void openDirect(qint64 userId) override;
};

} // namespace oscalis::ui
