#pragma once

#include "auth/PasswordHasher.h"
#include "store/SessionRepository.h"
#include "tests/store/StoreTestRig.h"
#include "web/WorkerServices.h"

#include <QDateTime>

#include <memory>

namespace oscalis::fuzz {

/// A real band database in a temporary folder (StoreTestRig: admin, moderator, leader and member
/// of `band`, outsider) with a signed-in session for the member, and a web worker's services on
/// it, as the web server's data worker has them. Made once per fuzz process, after initQt() and
/// all in the constructor: Qt's own globals it brings up (the SQL connections) then outlive it at
/// exit. The fuzzer's thread.
struct WebData {
    store::test::StoreTestRig data;
    std::unique_ptr<web::WorkerServices> services;
    QString memberToken; ///< a valid session cookie value of the member
    bool ready = false;

    WebData() {
        if (!data.setUp())
            return;
        auto session = store::SessionRepository(*data.db).create(
            data.member.userId, QStringLiteral("fuzz"), QDateTime::currentDateTimeUtc(), 86400);
        if (!session.ok())
            return;
        memberToken = session->token;
        web::WorkerServices::Config config;
        config.databasePath = data.path();
        config.hasherCost = auth::PasswordHasher::Cost::minimum();
        services = std::make_unique<web::WorkerServices>(config);
        ready = services->ready();
    }
};

} // namespace oscalis::fuzz
