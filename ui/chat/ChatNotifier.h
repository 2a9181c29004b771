#pragma once

#include "chat/ChatTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QSystemTrayIcon;

namespace oscalis::ui {

class ChatGateway;

/// Keeps the person at the studio computer aware of the chat while they look elsewhere: the
/// number of unread messages in the band (for the badge on the Chat entry), and for a message
/// that mentions them or is sent to them directly while the chat is not in view, a notification:
/// in the system tray when there is one (clicking it asks to open the chat), else notified()
/// with shownInTray false so the window shows it itself.
/// GUI thread; owned by MainWindow. The gateway must outlive it.
class ChatNotifier : public QObject {
    Q_OBJECT
public:
    /// chatInView: whether the person can see the chat now (its page shown, the window active).
    ChatNotifier(ChatGateway& gateway, std::function<bool()> chatInView, QObject* parent = nullptr);
    ~ChatNotifier() override;

    qint64 unread() const { return m_unread; }
    /// A mention or direct message arrived that the person has not seen yet.
    bool attention() const { return m_attention; }

public Q_SLOTS:
    /// Counts the unread messages again (soon, once for several calls).
    void recount();
    /// The person looked at the chat: the attention mark goes.
    void chatSeen();

Q_SIGNALS:
    void unreadChanged(qint64 unread, bool attention);
    /// A notification for message (title says who and where).
    void notified(const QString& title, const QString& text, qint64 roomId, bool shownInTray);
    /// The person clicked a tray notification.
    void openRequested(qint64 roomId);

private:
    void onMessage(const chat::Message& message);
    void count();

    ChatGateway& m_gateway;
    std::function<bool()> m_chatInView;
    QPointer<QSystemTrayIcon> m_tray;
    qint64 m_unread = 0;
    bool m_attention = false;
    bool m_countPending = false;
    qint64 m_trayRoom = 0;
};

} // namespace oscalis::ui
