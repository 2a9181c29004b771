#pragma once

#include "chat/ChatService.h"
#include "chat/ChatTypes.h"
#include "web/OnlineUser.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace oscalis::ui {

namespace band {
class BandContext;
}

/// The desktop's way into the band's chat, as the person signed in (BandContext) in the band the
/// desktop has open. Reads come straight from the desktop's database (a chat::ChatService on the
/// GUI thread's connection); writes go through write*() of a subclass: the web server's hub when
/// it runs (WebChatGateway, so browsers hear them live and the desktop hears the browsers), or
/// the same ChatService when it does not (LocalChatGateway). Answers to writes and everything
/// that happens in the chat arrive as signals, in the same order either way.
///
/// Owner: the composition root (app/) or a test; GUI thread only. Does not own the context.
class ChatGateway : public QObject {
    Q_OBJECT
public:
    explicit ChatGateway(band::BandContext& context, QObject* parent = nullptr);
    ~ChatGateway() override;

    band::BandContext& context() const { return m_context; }

    /// The open band's rooms the signed-in person sees, with their unread counts.
    store::Result<std::vector<chat::Room>> rooms();
    store::Result<chat::Room> room(qint64 roomId);
    /// Up to limit messages before beforeSeq (the newest when nullopt), oldest first.
    store::Result<chat::Page> history(qint64 roomId, std::optional<qint64> beforeSeq, int limit);
    /// Messages of the open band's rooms containing query, newest first.
    store::Result<std::vector<chat::Message>> search(const QString& query, int limit);

    /// Who is online in the open band (at this desktop, in a browser).
    virtual QList<web::OnlineUser> online() const = 0;
    /// True when browsers hear this desktop's messages as they are written.
    virtual bool live() const = 0;

    /// Writes a message (answered by messageArrived, or postFailed with the same clientId).
    virtual void post(qint64 roomId, const QString& text, const QString& clientId) = 0;
    /// Deletes a message (answered by messageDeleted, or failed).
    virtual void remove(qint64 messageId) = 0;
    /// The person has read the room up to seq (answered by roomChanged).
    virtual void markRead(qint64 roomId, qint64 seq) = 0;
    /// A new named room (answered by roomOpened, or failed).
    virtual void createRoom(const QString& name) = 0;
    /// The direct room with another member (answered by roomOpened, or failed).
    virtual void openDirect(qint64 userId) = 0;

Q_SIGNALS:
    /// A new message the signed-in person may read, theirs included.
    void messageArrived(const oscalis::chat::Message& message);
    void messageDeleted(qint64 roomId, qint64 messageId, qint64 seq);
    /// A room appeared or the person's read mark moved. A new message comes without its room's
    /// unread count (the hub counts no unread per reader for each message): read room() then.
    void roomChanged(const oscalis::chat::Room& room);
    /// The room this desktop asked to create or open.
    void roomOpened(const oscalis::chat::Room& room);
    /// The message with clientId was not stored; why, in plain words.
    void postFailed(const QString& clientId, const QString& message);
    /// Another request was refused; why, in plain words.
    void failed(const QString& message);
    /// online() changed.
    void presenceChanged();

protected:
    chat::ChatService& service() { return *m_service; }

private:
    band::BandContext& m_context;
    std::unique_ptr<chat::ChatService> m_service;
};

} // namespace oscalis::ui
