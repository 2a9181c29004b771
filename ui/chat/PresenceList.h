#pragma once

#include "web/OnlineUser.h"

#include <QListWidget>

namespace oscalis::ui {

/// Who is online in the band, on the right of the chat: each person with where they are (at
/// the studio computer, in a browser, or both). GUI thread; owned by the ChatPanel.
class PresenceList : public QListWidget {
    Q_OBJECT
public:
    explicit PresenceList(QWidget* parent = nullptr);

    void setUsers(const QList<web::OnlineUser>& users);
    /// The shown lines ("Ann — desktop, browser"), for tests and screen readers.
    QStringList lines() const;
};

} // namespace oscalis::ui
