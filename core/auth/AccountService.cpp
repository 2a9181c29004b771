#include "auth/AccountService.h"

#include "auth/AuthText.h"
#include "store/BandRepository.h"
#include "store/UserRepository.h"

namespace oscalis::auth {

using store::Error;
using store::Result;
using store::Status;

namespace {
/// A function, not a constant: the words are translated when they are said.
QString wrongCredentials() { return AuthText::tr("The user name or the password is wrong."); }
}

AccountService::AccountService(store::Database& db, const util::Clock& clock, PasswordHasher hasher)
    : m_db(db), m_hasher(hasher), m_throttle(clock) {}

Result<bool> AccountService::needsFirstAdmin() {
    auto n = store::UserRepository(m_db).count();
    if (!n.ok()) return n.error();
    return *n == 0;
}

Result<store::User> AccountService::create(const store::NewUser& base, const QString& password,
                                           const QString& inviteCode) {
    if (Status s = store::UserRepository::checkUsername(base.username.trimmed()); !s.ok()) return s.error();
    auto hash = m_hasher.hash(password); // slow: before the transaction, so no write lock is held
    if (!hash.ok()) return hash.error();
    store::NewUser user = base;
    user.passwordHash = *hash;
    store::User created;
    Status done = m_db.transaction([&]() -> Status {
        auto made = store::UserRepository(m_db).create(Actor::anonymous(), user);
        if (!made.ok()) return made.error();
        created = *made;
        if (inviteCode.trimmed().isEmpty()) return {};
        auto joined = store::BandRepository(m_db).joinByInviteCode(Actor{created.id, created.role}, inviteCode);
        if (!joined.ok()) return joined.error();
        return store::UserRepository(m_db).setLastBand(Actor{created.id, created.role}, joined->bandId);
    });
    if (!done.ok()) return done.error();
    return created;
}

Result<store::User> AccountService::createFirstAdmin(const QString& username, const QString& displayName,
                                                     const QString& password) {
    auto first = needsFirstAdmin();
    if (!first.ok()) return first.error();
    if (!*first) return Error::denied(AuthText::tr("An administrator already exists; ask them for an account."));
    return create({username, displayName, {}, GlobalRole::Admin}, password, {});
}

Result<store::User> AccountService::registerUser(const QString& username, const QString& displayName,
                                                 const QString& password, const QString& inviteCode) {
    return create({username, displayName, {}, GlobalRole::Member}, password, inviteCode);
}

const QString& AccountService::dummyHash() {
    if (m_dummyHash.isEmpty()) m_dummyHash = m_hasher.hash(QStringLiteral("not a real password")).value();
    return m_dummyHash;
}

Result<Actor> AccountService::login(const QString& username, const QString& password, const QString& source) {
    const QString account = username.trimmed().left(store::UserRepository::kUsernameMax + 1);
    if (const qint64 wait = m_throttle.waitMs(account, source); wait > 0)
        return Error{Error::Kind::Throttled,
                     AuthText::tr("Too many failed sign-ins. Please wait %1 and try again.")
                         .arg(LoginThrottle::describeWait(wait))};

    store::UserRepository users(m_db);
    auto user = users.findByUsername(account);
    if (!user.ok() && user.error().kind != Error::Kind::NotFound) return user.error();
    bool good = false;
    if (user.ok()) {
        auto hash = users.passwordHash(user->id);
        if (!hash.ok()) return hash.error();
        good = m_hasher.verify(*hash, password);
    } else {
        // Same work for an unknown name, so timing does not reveal which names exist.
        (void)m_hasher.verify(dummyHash(), password);
    }
    if (!good) {
        m_throttle.recordFailure(account, source);
        return Error::denied(wrongCredentials());
    }
    if (user->disabled)
        return Error::denied(AuthText::tr("This account is disabled. Ask an administrator to enable it."));
    m_throttle.recordSuccess(account);
    return Actor{user->id, user->role};
}

Status AccountService::changeOwnPassword(const Actor& actor, const QString& oldPassword, const QString& newPassword) {
    if (Status s = PasswordHasher::checkPolicy(newPassword); !s.ok()) return s;
    store::UserRepository users(m_db);
    auto hash = users.passwordHash(actor.userId);
    if (!hash.ok()) return hash.error();
    if (!m_hasher.verify(*hash, oldPassword))
        return Error::denied(AuthText::tr("The current password is wrong; the password was not changed."));
    auto fresh = m_hasher.hash(newPassword);
    if (!fresh.ok()) return fresh.error();
    return users.setPasswordHash(actor, actor.userId, *fresh);
}

Status AccountService::resetPassword(const Actor& actor, qint64 userId, const QString& newPassword) {
    auto fresh = m_hasher.hash(newPassword);
    if (!fresh.ok()) return fresh.error();
    return store::UserRepository(m_db).setPasswordHash(actor, userId, *fresh);
}

Status AccountService::setDisabled(const Actor& actor, qint64 userId, bool disabled) {
    return store::UserRepository(m_db).setDisabled(actor, userId, disabled);
}

} // namespace oscalis::auth
