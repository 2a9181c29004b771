#include "chat/ChatService.h"

// Placeholder until the chat lands: every call answers in plain words that chat is not built yet.
namespace oscalis::chat {

namespace {
store::Error notYet() { return store::Error::storage(QStringLiteral("The chat is not built yet.")); }
} // namespace

ChatService::ChatService(store::Database& db) : m_db(db) {}
store::Result<std::vector<Room>> ChatService::rooms(const auth::Actor&, qint64) { return notYet(); }
store::Result<Room> ChatService::createRoom(const auth::Actor&, qint64, const QString&) { return notYet(); }
store::Result<Room> ChatService::directRoom(const auth::Actor&, qint64, qint64) { return notYet(); }
store::Result<Posted> ChatService::post(const auth::Actor&, qint64, const QString&, const QString&) { return notYet(); }
store::Result<Page> ChatService::history(const auth::Actor&, qint64, std::optional<qint64>, int) { return notYet(); }
store::Result<Page> ChatService::since(const auth::Actor&, qint64, qint64, int) { return notYet(); }
store::Result<std::vector<Message>> ChatService::search(const auth::Actor&, qint64, const QString&, int) { return notYet(); }
store::Result<Message> ChatService::remove(const auth::Actor&, qint64) { return notYet(); }
store::Status ChatService::markRead(const auth::Actor&, qint64, qint64) { return notYet(); }
store::Result<Room> ChatService::room(const auth::Actor&, qint64) { return notYet(); }
store::Result<std::vector<qint64>> ChatService::audience(qint64) { return notYet(); }

} // namespace oscalis::chat
