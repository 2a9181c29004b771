#pragma once

#include "chat/ChatTypes.h"

#include <QListWidget>

#include <functional>
#include <vector>

namespace oscalis::ui {

/// The rooms of the open band on the left of the chat: "Rooms" (general and those members made)
/// then "Direct messages" (named after the other person), each with its unread count.
/// GUI thread; owned by the ChatPanel.
class RoomList : public QListWidget {
    Q_OBJECT
public:
    static constexpr int kRoomIdRole = Qt::UserRole + 1;
    static constexpr int kUnreadRole = Qt::UserRole + 2;
    static constexpr int kKindRole = Qt::UserRole + 3;

    /// nameOf gives the other person's name for a direct room.
    explicit RoomList(std::function<QString(const chat::Room&)> nameOf, QWidget* parent = nullptr);

    /// Shows these rooms; the selected one stays selected when it is still there.
    void setRooms(const std::vector<chat::Room>& rooms);
    /// A room appeared or its unread count changed.
    void updateRoom(const chat::Room& room);
    /// 0 when none is selected.
    qint64 currentRoom() const;
    /// Selects the room (roomSelected follows); false when it is not in the list.
    bool selectRoom(qint64 roomId);
    bool contains(qint64 roomId) const { return itemFor(roomId) != nullptr; }
    qint64 unread(qint64 roomId) const;
    /// What the list calls the room ("general", "Ann").
    QString title(qint64 roomId) const;
    bool isDirect(qint64 roomId) const;

Q_SIGNALS:
    void roomSelected(qint64 roomId);

private:
    QListWidgetItem* itemFor(qint64 roomId) const;
    QListWidgetItem* header(const QString& text);
    void place(const chat::Room& room, QListWidgetItem* item);

    std::function<QString(const chat::Room&)> m_nameOf;
    std::vector<chat::Room> m_rooms;
};

} // namespace oscalis::ui
