#include "ui/chat/ChatPanel.h"

#include "store/BandRepository.h"
#include "ui/band/BandContext.h"
#include "ui/chat/ChatGateway.h"
#include "ui/chat/Composer.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/chat/MessageModel.h"
#include "ui/chat/MessageView.h"
#include "ui/chat/PresenceList.h"
#include "ui/chat/RoomList.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace oscalis::ui {

namespace {
constexpr int kSearchLimit = 50;
constexpr int kJumpPage = 100;
constexpr int kResultRoomRole = Qt::UserRole + 1;
constexpr int kResultSeqRole = Qt::UserRole + 2;

QLabel* sideTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("color: #9aa4ae; font-weight: 600;"));
    return label;
}
} // namespace

ChatPanel::ChatPanel(band::BandContext& context, ChatGateway& gateway, QWidget* parent)
    : BandPage(context, tr("Chat"), parent), m_gateway(gateway) {
    setObjectName(QStringLiteral("chatPanel"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("chatSearch"));
    m_search->setPlaceholderText(tr("Search messages…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_newRoom = new QPushButton(tr("New room…"), this);
    m_newRoom->setObjectName(QStringLiteral("newRoomButton"));
    m_direct = new QPushButton(tr("Message a member…"), this);
    m_direct->setObjectName(QStringLiteral("messageMemberButton"));
    actions()->addWidget(m_search);
    actions()->addWidget(m_newRoom);
    actions()->addWidget(m_direct);

    m_rooms = new RoomList([this](const chat::Room& r) { return roomTitle(r); }, this);
    m_rooms->setFixedWidth(220);

    m_model = new MessageModel(this);
    m_view = new MessageView(*m_model, this);
    m_roomTitle = new QLabel(this);
    m_roomTitle->setObjectName(QStringLiteral("roomTitle"));
    m_roomTitle->setTextFormat(Qt::PlainText);
    m_roomTitle->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_composer = new Composer(this);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px; }"));
    m_resultsTitle = new QLabel(this);
    m_resultsTitle->setTextFormat(Qt::PlainText);
    auto* back = new QPushButton(tr("Back to the conversation"), this);
    back->setObjectName(QStringLiteral("searchBackButton"));
    auto* resultsPage = new QWidget(this);
    auto* resultsColumn = new QVBoxLayout(resultsPage);
    resultsColumn->setContentsMargins(0, 0, 0, 0);
    auto* resultsHead = new QHBoxLayout;
    resultsHead->addWidget(m_resultsTitle, 1);
    resultsHead->addWidget(back);
    resultsColumn->addLayout(resultsHead);
    resultsColumn->addWidget(m_results, 1);

    auto* conversation = new QWidget(this);
    auto* convColumn = new QVBoxLayout(conversation);
    convColumn->setContentsMargins(0, 0, 0, 0);
    convColumn->addWidget(m_roomTitle);
    convColumn->addWidget(m_view, 1);
    convColumn->addWidget(m_composer);
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(conversation);
    m_centre->addWidget(resultsPage);

    m_presence = new PresenceList(this);
    auto* right = new QVBoxLayout;
    right->addWidget(sideTitle(tr("Online"), this));
    right->addWidget(m_presence, 1);
    auto* rightBox = new QWidget(this);
    rightBox->setLayout(right);
    rightBox->setFixedWidth(210);
    right->setContentsMargins(0, 0, 0, 0);

    auto* row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(m_rooms);
    row->addWidget(m_centre, 1);
    row->addWidget(rightBox);
    body()->addLayout(row, 1);

    connect(m_rooms, &RoomList::roomSelected, this, &ChatPanel::showRoom);
    connect(m_view, &MessageView::olderWanted, this, &ChatPanel::loadOlder);
    connect(m_view, &MessageView::deleteRequested, this, &ChatPanel::confirmDelete);
    connect(m_composer, &Composer::submitted, this, &ChatPanel::send);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            search({});
    });
    connect(back, &QPushButton::clicked, this, [this] { m_search->clear(); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        openRoomAt(item->data(kResultRoomRole).toLongLong(),
                   item->data(kResultSeqRole).toLongLong());
    });
    connect(m_newRoom, &QPushButton::clicked, this, &ChatPanel::newRoom);
    connect(m_direct, &QPushButton::clicked, this, &ChatPanel::messageMember);

    connect(&gateway, &ChatGateway::messageArrived, this, &ChatPanel::onMessage);
    connect(&gateway, &ChatGateway::messageDeleted, this,
            [this](qint64 roomId, qint64 messageId) { onDeleted(roomId, messageId); });
    connect(&gateway, &ChatGateway::roomChanged, this, &ChatPanel::onRoom);
    connect(&gateway, &ChatGateway::roomOpened, this, [this](const chat::Room& room) {
        onRoom(room);
        openRoom(room.id);
    });
    connect(&gateway, &ChatGateway::postFailed, this,
            [this](const QString& clientId, const QString& why) {
                const QString text = m_unsent.take(clientId);
                if (!text.isEmpty() && m_composer->text().isEmpty())
                    m_composer->setText(text); // nothing the person wrote is lost
                showError(why);
            });
    connect(&gateway, &ChatGateway::failed, this, &ChatPanel::showError);
    connect(&gateway, &ChatGateway::presenceChanged, this,
            [this] { m_presence->setUsers(m_gateway.online()); });
    reload();
}

QString ChatPanel::memberName(qint64 userId) const {
    for (const store::Membership& m : m_members)
        if (m.userId == userId)
            return m.displayName.isEmpty() ? m.username : m.displayName;
    return tr("Someone who left");
}

QString ChatPanel::roomTitle(const chat::Room& room) const {
    if (room.kind != QLatin1String("direct"))
        return room.name;
    for (qint64 id : room.memberIds)
        if (id != context().actor().userId)
            return memberName(id);
    return memberName(context().actor().userId);
}

void ChatPanel::reload() {
    if (context().bandId() != m_bandId || context().actor().userId != m_userId)
        return resetBand();
    loadMembers();
    loadRooms();
    m_presence->setUsers(m_gateway.online());
}

void ChatPanel::resetBand() {
    m_bandId = context().bandId();
    m_userId = context().actor().userId;
    m_unsent.clear();
    m_search->clear();
    m_model->clear();
    m_rooms->clear();
    showError({});
    const bool open = context().signedIn() && m_bandId != 0;
    setHint(!open ? tr("Open a band first: its chat is here.")
            : m_gateway.live()
                ? QString()
                : tr("The web server is off: messages written here are kept, and bandmates "
                     "read them when they next open Oscalis in a browser."));
    m_composer->setEnabled(false);
    m_newRoom->setEnabled(open && context().allows(auth::Action::CreateChatRoom));
    m_direct->setEnabled(open);
    m_search->setEnabled(open);
    m_model->setViewer(m_userId);
    m_model->setCanDeleteAny(context().allows(auth::Action::DeleteAnyChatMessage));
    if (!open) {
        m_roomTitle->clear();
        m_presence->setUsers({});
        return;
    }
    loadMembers();
    const std::vector<chat::Room> rooms = loadRooms();
    m_presence->setUsers(m_gateway.online());
    for (const chat::Room& r : rooms)
        if (r.kind == QLatin1String("room") && r.name == u"general")
            openRoom(r.id);
}

void ChatPanel::loadMembers() {
    m_members.clear();
    if (!m_bandId)
        return;
    if (auto members = store::BandRepository(context().db()).members(m_bandId); members.ok())
        m_members = *members;
    m_view->delegate()->setMembers(m_members, m_userId);
    m_view->viewport()->update();
}

std::vector<chat::Room> ChatPanel::loadRooms() {
    auto rooms = m_gateway.rooms();
    if (!rooms.ok()) {
        showError(band::BandContext::describe(rooms.error()));
        return {};
    }
    m_rooms->setRooms(*rooms);
    updateHeader();
    return std::move(rooms).value();
}

qint64 ChatPanel::currentRoom() const {
    return m_model->roomId();
}

bool ChatPanel::showingResults() const {
    return m_centre->currentIndex() == 1;
}

void ChatPanel::openRoom(qint64 roomId) {
    if (!m_rooms->contains(roomId))
        loadRooms();
    m_centre->setCurrentIndex(0);
    if (!m_rooms->selectRoom(roomId))
        showError(tr("That room is not in this band's chat."));
}

void ChatPanel::showRoom(qint64 roomId) {
    m_centre->setCurrentIndex(0);
    auto page = m_gateway.history(roomId, std::nullopt, kPageSize);
    if (!page.ok()) {
        m_model->clear();
        m_composer->setEnabled(false);
        return showError(band::BandContext::describe(page.error()));
    }
    showError({});
    m_model->reset(roomId, *page);
    m_view->showNewest();
    m_composer->setEnabled(true);
    updateHeader();
    markSeen();
}

void ChatPanel::updateHeader() {
    const qint64 room = currentRoom();
    if (!room) {
        m_roomTitle->clear();
        return;
    }
    m_roomTitle->setText(m_rooms->isDirect(room)
                             ? tr("Conversation with %1").arg(m_rooms->title(room))
                             : m_rooms->title(room));
}

void ChatPanel::loadOlder() {
    if (m_loadingOlder || m_model->complete() || !currentRoom())
        return;
    m_loadingOlder = true;
    auto page = m_gateway.history(currentRoom(), m_model->firstSeq(), kPageSize);
    if (page.ok())
        m_view->keepPositionWhile([&] { m_model->prepend(*page); });
    else
        showError(band::BandContext::describe(page.error()));
    m_loadingOlder = false;
}

void ChatPanel::openRoomAt(qint64 roomId, qint64 seq) {
    m_search->clear(); // back to the conversation
    openRoom(roomId);
    if (currentRoom() != roomId)
        return;
    while (m_model->rowOfSeq(seq) < 0 && !m_model->complete()) {
        auto page = m_gateway.history(roomId, m_model->firstSeq(), kJumpPage);
        if (!page.ok() || m_model->prepend(*page) == 0)
            break;
    }
    const int row = m_model->rowOfSeq(seq);
    if (row < 0)
        return;
    m_view->doItemsLayout();
    m_view->setCurrentIndex(m_model->index(row));
    m_view->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
}

void ChatPanel::send(const QString& text) {
    const qint64 room = currentRoom();
    if (!room)
        return;
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_unsent.insert(clientId, text);
    showError({});
    m_gateway.post(room, text, clientId);
}

void ChatPanel::search(const QString& query) {
    const QString q = query.trimmed();
    if (q.isEmpty()) {
        m_results->clear();
        m_centre->setCurrentIndex(0);
        return;
    }
    auto found = m_gateway.search(q, kSearchLimit);
    if (!found.ok())
        return showError(band::BandContext::describe(found.error()));
    showError({});
    m_results->clear();
    const QLocale locale;
    for (const chat::Message& m : *found) {
        const QString when = locale.toString(
            QDateTime::fromString(m.at, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
        const QString where = m_rooms->isDirect(m.roomId)
                                  ? tr("with %1").arg(m_rooms->title(m.roomId))
                                  : m_rooms->title(m.roomId);
        auto* item = new QListWidgetItem(tr("%1 · %2 · %3").arg(where, m.authorName, when) +
                                             QLatin1Char('\n') + m.text,
                                         m_results);
        item->setData(kResultRoomRole, m.roomId);
        item->setData(kResultSeqRole, m.seq);
        item->setToolTip(tr("Open the conversation at this message"));
    }
    m_resultsTitle->setText(found->empty() ? tr("Nothing found for “%1”.").arg(q)
                            : found->size() == 1
                                ? tr("1 message found for “%1”:").arg(q)
                                : tr("%1 messages found for “%2”:").arg(found->size()).arg(q));
    m_centre->setCurrentIndex(1);
}

void ChatPanel::newRoom() {
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("newRoomDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("New room"));
    ask->setLabelText(tr("Name of the room (everyone in the band can read and write in it):"));
    ask->setTextValue(QString());
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (!name.trimmed().isEmpty())
            m_gateway.createRoom(name);
    });
    ask->open();
}

void ChatPanel::messageMember() {
    QStringList names;
    std::vector<qint64> ids;
    for (const store::Membership& m : m_members) {
        if (m.status != store::Membership::Status::Active || m.userId == m_userId)
            continue;
        names.append(
            tr("%1 (%2)").arg(m.displayName.isEmpty() ? m.username : m.displayName, m.username));
        ids.push_back(m.userId);
    }
    if (names.isEmpty())
        return showError(tr("Nobody else is in the band yet: give bandmates the invite code "
                            "(Members page)."));
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("messageMemberDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Message a member"));
    ask->setLabelText(tr("Who do you want to write to? Only the two of you read this "
                         "conversation."));
    ask->setComboBoxItems(names);
    ask->setComboBoxEditable(false);
    connect(ask, &QInputDialog::textValueSelected, this, [this, names, ids](const QString& name) {
        const qsizetype i = names.indexOf(name);
        if (i >= 0)
            m_gateway.openDirect(ids[std::size_t(i)]);
    });
    ask->open();
}

void ChatPanel::confirmDelete(qint64 messageId) {
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Delete message"),
                                tr("Delete this message? Everyone in the room sees that a message "
                                   "was deleted."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("deleteMessageDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(ask, &QMessageBox::finished, this, [this, messageId](int result) {
        if (result == QMessageBox::Yes)
            m_gateway.remove(messageId);
    });
    ask->open();
}

void ChatPanel::markSeen() {
    const qint64 room = currentRoom();
    if (!room || !isVisible() || !window()->isActiveWindow() || m_rooms->unread(room) == 0 ||
        m_model->lastSeq() == 0)
        return;
    m_gateway.markRead(room, m_model->lastSeq());
}

void ChatPanel::onMessage(const chat::Message& message) {
    if (message.authorId == m_userId)
        m_unsent.remove(message.clientId);
    if (!m_rooms->contains(message.roomId)) {
        loadRooms(); // a conversation someone just started with us
        if (!m_rooms->contains(message.roomId))
            return; // another band's
    }
    // The hub sends no unread count with a message: read the room's from the database.
    if (auto room = m_gateway.room(message.roomId); room.ok())
        m_rooms->updateRoom(*room);
    if (message.roomId != currentRoom())
        return;
    if (!m_model->add(message)) { // something was missed: read the newest page again
        if (auto page = m_gateway.history(message.roomId, std::nullopt, kPageSize); page.ok()) {
            m_model->reset(message.roomId, *page);
            m_view->showNewest();
        }
    }
    if (message.authorId == m_userId)
        m_view->showNewest(); // one's own message is always shown
    markSeen();
}

void ChatPanel::onDeleted(qint64 roomId, qint64 messageId) {
    if (roomId == currentRoom())
        m_model->markDeleted(messageId);
    if (showingResults())
        search(m_search->text());
}

void ChatPanel::onRoom(const chat::Room& room) {
    if (room.bandId != m_bandId)
        return;
    m_rooms->updateRoom(room);
    if (room.id == currentRoom())
        markSeen();
}

void ChatPanel::showEvent(QShowEvent* event) {
    BandPage::showEvent(event);
    markSeen();
}

void ChatPanel::changeEvent(QEvent* event) {
    BandPage::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        markSeen();
}

} // namespace oscalis::ui
