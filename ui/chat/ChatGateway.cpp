#include "ui/chat/ChatGateway.h"

#include "ui/band/BandContext.h"

namespace oscalis::ui {

ChatGateway::ChatGateway(band::BandContext& context, QObject* parent)
    : QObject(parent), m_context(context),
      m_service(std::make_unique<chat::ChatService>(context.db())) {}

ChatGateway::~ChatGateway() = default;

store::Result<std::vector<chat::Room>> ChatGateway::rooms() {
    return m_service->rooms(m_context.actor(), m_context.bandId());
}

store::Result<chat::Room> ChatGateway::room(qint64 roomId) {
    return m_service->room(m_context.actor(), roomId);
}

store::Result<chat::Page> ChatGateway::history(qint64 roomId, std::optional<qint64> beforeSeq,
                                               int limit) {
    return m_service->history(m_context.actor(), roomId, beforeSeq, limit);
}

store::Result<std::vector<chat::Message>> ChatGateway::search(const QString& query, int limit) {
    return m_service->search(m_context.actor(), m_context.bandId(), query, limit);
}

} // namespace oscalis::ui
