#include "ui/chat/RoomList.h"

#include "ui/chat/RoomDelegate.h"

#include <QCollator>

#include <algorithm>

namespace oscalis::ui {

namespace {
bool direct(const chat::Room& room) {
    return room.kind == QLatin1String("direct");
}
} // namespace

RoomList::RoomList(std::function<QString(const chat::Room&)> nameOf, QWidget* parent)
    : QListWidget(parent), m_nameOf(std::move(nameOf)) {
    setObjectName(QStringLiteral("roomList"));
    setItemDelegate(new RoomDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setStyleSheet(
        QStringLiteral("QListWidget#roomList { background: #171b20; border: 1px solid #2a3038; "
                       "border-radius: 6px; outline: 0; }"));
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && item->data(kRoomIdRole).toLongLong())
            Q_EMIT roomSelected(item->data(kRoomIdRole).toLongLong());
    });
}

QListWidgetItem* RoomList::header(const QString& text) {
    auto* item = new QListWidgetItem(text, this);
    item->setFlags(Qt::NoItemFlags);
    return item;
}

void RoomList::place(const chat::Room& room, QListWidgetItem* item) {
    item->setText(direct(room) ? m_nameOf(room) : QStringLiteral("# ") + room.name);
    item->setData(kRoomIdRole, room.id);
    item->setData(kUnreadRole, room.unread);
    item->setData(kKindRole, room.kind);
    item->setToolTip(room.unread == 1  ? tr("1 unread message")
                     : room.unread > 1 ? tr("%1 unread messages").arg(room.unread)
                                       : QString());
}

void RoomList::setRooms(const std::vector<chat::Room>& rooms) {
    const qint64 keep = currentRoom();
    m_rooms = rooms;
    // "general" first, then the others by name; direct rooms by the other person's name.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<chat::Room> named, people;
    for (const chat::Room& r : rooms)
        (direct(r) ? people : named).push_back(r);
    std::sort(named.begin(), named.end(), [&](const chat::Room& a, const chat::Room& b) {
        const bool ag = a.name == u"general", bg = b.name == u"general";
        return ag != bg ? ag : collator.compare(a.name, b.name) < 0;
    });
    std::sort(people.begin(), people.end(), [&](const chat::Room& a, const chat::Room& b) {
        return collator.compare(m_nameOf(a), m_nameOf(b)) < 0;
    });
    const QSignalBlocker quiet(this);
    clear();
    header(tr("Rooms"));
    for (const chat::Room& r : named)
        place(r, new QListWidgetItem(this));
    if (!people.empty()) {
        header(tr("Direct messages"));
        for (const chat::Room& r : people)
            place(r, new QListWidgetItem(this));
    }
    if (QListWidgetItem* item = itemFor(keep))
        setCurrentItem(item);
}

void RoomList::updateRoom(const chat::Room& room) {
    auto it = std::find_if(m_rooms.begin(), m_rooms.end(),
                           [&](const chat::Room& r) { return r.id == room.id; });
    if (it == m_rooms.end()) {
        std::vector<chat::Room> rooms = m_rooms;
        rooms.push_back(room);
        setRooms(rooms);
        return;
    }
    *it = room;
    if (QListWidgetItem* item = itemFor(room.id))
        place(room, item);
}

qint64 RoomList::currentRoom() const {
    return currentItem() ? currentItem()->data(kRoomIdRole).toLongLong() : 0;
}

bool RoomList::selectRoom(qint64 roomId) {
    QListWidgetItem* item = itemFor(roomId);
    if (!item)
        return false;
    if (item == currentItem())
        Q_EMIT roomSelected(roomId);
    else
        setCurrentItem(item);
    return true;
}

QListWidgetItem* RoomList::itemFor(qint64 roomId) const {
    if (roomId == 0)
        return nullptr;
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(kRoomIdRole).toLongLong() == roomId)
            return item(i);
    return nullptr;
}

qint64 RoomList::unread(qint64 roomId) const {
    const QListWidgetItem* item = itemFor(roomId);
    return item ? item->data(kUnreadRole).toLongLong() : 0;
}

QString RoomList::title(qint64 roomId) const {
    const QListWidgetItem* item = itemFor(roomId);
    return item ? item->text() : QString();
}

bool RoomList::isDirect(qint64 roomId) const {
    const QListWidgetItem* item = itemFor(roomId);
    return item && item->data(kKindRole).toString() == u"direct";
}

} // namespace oscalis::ui
