#include "web/WorkerServices.h"

#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QDir>

namespace oscalis::web {

WorkerServices::WorkerServices(const Config& config) {
    // The composition root has migrated the file already; a worker only opens it.
    auto opened = store::Database::open(config.databasePath);
    if (!opened.ok()) {
        m_problem =
            QCoreApplication::translate("web", "The band database %1 could not be opened: %2")
                .arg(QDir::toNativeSeparators(config.databasePath), opened.error().message);
        qCWarning(lcWeb).noquote() << m_problem;
        return;
    }
    m_db = std::move(opened).value();
    m_accounts = std::make_unique<auth::AccountService>(*m_db, *config.clock,
                                                        auth::PasswordHasher(config.hasherCost));
    m_sessions = std::make_unique<store::SessionRepository>(*m_db);
    m_bands = std::make_unique<BandApi>(*m_db);
    m_chat = std::make_unique<chat::ChatService>(*m_db);
}

WorkerServices::~WorkerServices() {
    // The services hold references to the database: they go first.
    m_chat.reset();
    m_bands.reset();
    m_sessions.reset();
    m_accounts.reset();
    m_db.reset();
}

} // namespace oscalis::web
