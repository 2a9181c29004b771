#include "ui/chat/ChatNotifier.h"

#include "ui/band/BandContext.h"
#include "ui/chat/ChatGateway.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>

namespace oscalis::ui {

ChatNotifier::ChatNotifier(ChatGateway& gateway, std::function<bool()> chatInView, QObject* parent)
    : QObject(parent), m_gateway(gateway), m_chatInView(std::move(chatInView)) {
    connect(&gateway, &ChatGateway::messageArrived, this, &ChatNotifier::onMessage);
    connect(&gateway, &ChatGateway::messageDeleted, this, &ChatNotifier::recount);
    connect(&gateway, &ChatGateway::roomChanged, this, &ChatNotifier::recount);
    connect(&gateway, &ChatGateway::roomOpened, this, &ChatNotifier::recount);
    connect(&gateway.context(), &band::BandContext::userChanged, this, [this] {
        m_attention = false;
        recount();
    });
    connect(&gateway.context(), &band::BandContext::bandChanged, this, [this] {
        m_attention = false;
        recount();
    });
    recount();
}

ChatNotifier::~ChatNotifier() {
    delete m_tray;
}

void ChatNotifier::recount() {
    if (m_countPending)
        return;
    m_countPending = true;
    QTimer::singleShot(0, this, &ChatNotifier::count);
}

void ChatNotifier::count() {
    m_countPending = false;
    qint64 total = 0;
    const band::BandContext& context = m_gateway.context();
    if (context.signedIn() && context.bandId()) {
        if (auto rooms = m_gateway.rooms(); rooms.ok())
            for (const chat::Room& r : *rooms)
                total += r.unread;
    }
    if (total == 0)
        m_attention = false;
    m_unread = total;
    Q_EMIT unreadChanged(m_unread, m_attention);
}

void ChatNotifier::chatSeen() {
    if (!m_attention)
        return;
    m_attention = false;
    Q_EMIT unreadChanged(m_unread, m_attention);
}

void ChatNotifier::onMessage(const chat::Message& message) {
    recount();
    const band::BandContext& context = m_gateway.context();
    const qint64 me = context.actor().userId;
    // Nothing to notify (signed out, a deletion, one's own words, or the chat already in view):
    // return before the room is read.
    if (me == 0 || message.deleted || message.authorId == me || m_chatInView())
        return;
    const bool mentioned =
        std::find(message.mentions.begin(), message.mentions.end(), me) != message.mentions.end();
    auto room = m_gateway.room(message.roomId);
    if (!room.ok() || room->bandId != context.bandId())
        return;
    const bool direct = room->kind == QLatin1String("direct");
    if (!mentioned && !direct)
        return;
    const QString who = message.authorName.isEmpty() ? tr("Someone") : message.authorName;
    const QString title = direct ? tr("%1 sent you a message").arg(who)
                                 : tr("%1 mentioned you in #%2").arg(who, room->name);
    m_attention = true;
    Q_EMIT unreadChanged(m_unread, m_attention);

    bool inTray = false;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon());
            m_tray->setToolTip(tr("Oscalis"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                    [this] { Q_EMIT openRequested(m_trayRoom); });
            connect(m_tray, &QSystemTrayIcon::activated, this,
                    [this] { Q_EMIT openRequested(m_trayRoom); });
        }
        m_tray->show();
        m_trayRoom = message.roomId;
        m_tray->showMessage(title, message.text.simplified().left(200),
                            QSystemTrayIcon::Information, 8000);
        inTray = true;
    }
    Q_EMIT notified(title, message.text, message.roomId, inTray);
}

} // namespace oscalis::ui
