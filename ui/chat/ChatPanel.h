#pragma once

#include "chat/ChatTypes.h"
#include "store/Band.h"
#include "ui/band/BandPage.h"

#include <QHash>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace oscalis::ui {

class ChatGateway;
class Composer;
class MessageModel;
class MessageView;
class PresenceList;
class RoomList;

/// The band page "Chat": the rooms and direct messages with their unread counts, "New room…" and
/// "Message a member…", one room's conversation (older messages load when scrolling to the
/// top; mentions of the signed-in person stand out; one's own messages, or anyone's for those
/// allowed, can be deleted), the composer, search across the band's rooms, and who is online.
/// Everything goes through a ChatGateway, live with the browsers when the web server runs.
/// Text is only ever shown as plain text. GUI thread; owned by MainWindow's page stack.
class ChatPanel : public band::BandPage {
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    ChatPanel(band::BandContext& context, ChatGateway& gateway, QWidget* parent = nullptr);

    RoomList* roomList() const { return m_rooms; }
    MessageView* messageView() const { return m_view; }
    MessageModel* messages() const { return m_model; }
    Composer* composer() const { return m_composer; }
    PresenceList* presence() const { return m_presence; }
    QLineEdit* searchField() const { return m_search; }
    /// The search results (shown instead of the conversation while a search is on).
    QListWidget* searchResults() const { return m_results; }
    bool showingResults() const;
    /// The room shown (0: none).
    qint64 currentRoom() const;

public Q_SLOTS:
    void reload() override;
    /// Shows the room, at its newest messages.
    void openRoom(qint64 roomId);
    /// Shows the room with the message seq in view and selected (loading back to it).
    void openRoomAt(qint64 roomId, qint64 seq);
    /// Sends text to the room shown.
    void send(const QString& text);
    /// Looks for query in the band's rooms and lists what was found (empty: back to the room).
    void search(const QString& query);
    /// Asks for a room name, then creates the room.
    void newRoom();
    /// Asks which member, then opens the direct conversation with them.
    void messageMember();
    /// Asks for confirmation, then deletes the message.
    void confirmDelete(qint64 messageId);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void resetBand();
    void loadMembers();
    /// Reads the band's rooms into the list; returns them (none after an error, shown).
    std::vector<chat::Room> loadRooms();
    void showRoom(qint64 roomId);
    void loadOlder();
    /// Tells the gateway the shown room is read, when the person can see it.
    void markSeen();
    void onMessage(const chat::Message& message);
    void onDeleted(qint64 roomId, qint64 messageId);
    void onRoom(const chat::Room& room);
    QString roomTitle(const chat::Room& room) const;
    QString memberName(qint64 userId) const;
    void updateHeader();

    ChatGateway& m_gateway;
    RoomList* m_rooms = nullptr;
    MessageModel* m_model = nullptr;
    MessageView* m_view = nullptr;
    Composer* m_composer = nullptr;
    PresenceList* m_presence = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_resultsTitle = nullptr;
    QStackedWidget* m_centre = nullptr;
    QLabel* m_roomTitle = nullptr;
    QPushButton* m_newRoom = nullptr;
    QPushButton* m_direct = nullptr;
    std::vector<store::Membership> m_members;
    QHash<QString, QString> m_unsent; ///< clientId -> text, until stored
    qint64 m_bandId = 0;
    qint64 m_userId = 0;
    bool m_loadingOlder = false;
};

} // namespace oscalis::ui
