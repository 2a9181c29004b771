#include "web/SessionGate.h"

#include "store/StoreText.h"
#include "store/UserRepository.h"
#include "web/WorkerServices.h"

#include <QDateTime>

namespace oscalis::web {

namespace {
/// last_seen is a hint for the sessions list: one write per quarter hour is plenty.
constexpr qint64 kTouchEverySecs = 15 * 60;
} // namespace

store::Result<SessionGate::SignedIn> SessionGate::resolve(WorkerServices& services,
                                                          const QString& token) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto session = services.sessions().findValid(token, now);
    if (!session.ok())
        return session.error();
    auto user = store::UserRepository(services.db()).find(session->userId);
    if (!user.ok())
        return user.error();
    if (user->disabled)
        return store::Error::denied(store::StoreText::tr("Please sign in again."));
    const QDateTime seen = QDateTime::fromString(session->lastSeen, Qt::ISODateWithMs);
    if (!seen.isValid() || seen.secsTo(now) > kTouchEverySecs)
        (void)services.sessions().touch(session->id, now);
    return SignedIn{*session, *user, auth::Actor{user->id, user->role}};
}

} // namespace oscalis::web
