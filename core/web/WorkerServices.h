#pragma once

#include "auth/AccountService.h"
#include "auth/PasswordHasher.h"
#include "chat/ChatService.h"
#include "store/Database.h"
#include "store/SessionRepository.h"
#include "web/api/BandApi.h"

#include <QString>

#include <memory>

namespace oscalis::web {

/// What a web worker thread serves API calls and chat messages with: its own connection to the
/// band database and the services on top of it. Made, used and destroyed on that worker thread
/// only (a Qt Sql connection belongs to its thread). When the file cannot be opened, ready() is
/// false and problem() says why; every call is then answered with that.
class WorkerServices {
public:
    struct Config {
        QString databasePath;
        auth::PasswordHasher::Cost hasherCost = auth::PasswordHasher::Cost::interactive();
        /// For the sign-in throttle; must be safe to read from the worker thread.
        const util::Clock* clock = &util::Clock::steady();
    };

    explicit WorkerServices(const Config& config);
    ~WorkerServices();
    WorkerServices(const WorkerServices&) = delete;
    WorkerServices& operator=(const WorkerServices&) = delete;

    bool ready() const { return m_db != nullptr; }
    const QString& problem() const { return m_problem; }

    store::Database& db() { return *m_db; }
    auth::AccountService& accounts() { return *m_accounts; }
    store::SessionRepository& sessions() { return *m_sessions; }
    BandApi& bands() { return *m_bands; }
    chat::ChatService& chat() { return *m_chat; }

private:
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<auth::AccountService> m_accounts;
    std::unique_ptr<store::SessionRepository> m_sessions;
    std::unique_ptr<BandApi> m_bands;
    std::unique_ptr<chat::ChatService> m_chat;
    QString m_problem;
};

} // namespace oscalis::web
