#include "auth/KioskPins.h"

#include "auth/AuthText.h"
#include "auth/Permissions.h"
#include "store/KioskPinRepository.h"

namespace oscalis::auth {

using store::Error;
using store::Result;
using store::Status;

namespace {
const QString kAdminAccount = QStringLiteral("kiosk:admin");
QString memberAccount(qint64 userId) {
    return QStringLiteral("kiosk:user:%1").arg(userId);
}
QString wrongPin() {
    return AuthText::tr("Wrong PIN.");
}
bool isAdmin(const store::KioskPinHolder& h) {
    return Permissions::allows(Actor{h.userId, h.role}, Action::UnlockKiosk).allowed;
}
} // namespace

KioskPins::KioskPins(store::Database& db, const util::Clock& clock, PasswordHasher hasher)
    : m_db(db), m_hasher(hasher), m_throttle(clock) {}

Status KioskPins::checkPin(const QString& pin) {
    bool digits = !pin.isEmpty();
    for (QChar c : pin)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits || pin.size() < kMinDigits || pin.size() > kMaxDigits)
        return Error::invalid(
            AuthText::tr("A kiosk PIN is %1 to %2 digits.").arg(kMinDigits).arg(kMaxDigits));
    return {};
}

Status KioskPins::setPin(const Actor& actor, qint64 userId, const QString& pin) {
    if (Status s = checkPin(pin); !s.ok())
        return s;
    auto hash = m_hasher.hashSecret(pin); // slow: before the repository's transaction
    if (!hash.ok())
        return hash.error();
    return store::KioskPinRepository(m_db).setPinHash(actor, userId, *hash);
}

Status KioskPins::throttled(const QString& account) const {
    if (const qint64 wait = m_throttle.waitMs(account, kSource); wait > 0)
        return Error{Error::Kind::Throttled,
                     AuthText::tr("Too many wrong PINs. Please wait %1 and try again.")
                         .arg(LoginThrottle::describeWait(wait))};
    return {};
}

Result<Actor> KioskPins::unlock(const QString& pin) {
    if (Status s = throttled(kAdminAccount); !s.ok())
        return s.error();
    auto holders = store::KioskPinRepository(m_db).holders();
    if (!holders.ok())
        return holders.error();
    if (checkPin(pin).ok()) {
        for (const store::KioskPinHolder& h : *holders) {
            if (isAdmin(h) && m_hasher.verify(h.pinHash, pin)) {
                m_throttle.recordSuccess(kAdminAccount);
                return Actor{h.userId, h.role};
            }
        }
    }
    m_throttle.recordFailure(kAdminAccount, kSource);
    return Error::denied(wrongPin());
}

Result<Actor> KioskPins::identify(qint64 userId, const QString& pin) {
    const QString account = memberAccount(userId);
    if (Status s = throttled(account); !s.ok())
        return s.error();
    auto holder = store::KioskPinRepository(m_db).holder(userId);
    if (!holder.ok())
        return holder.error(); // no PIN yet is said as such: it is not a wrong guess
    if (checkPin(pin).ok() && m_hasher.verify(holder->pinHash, pin)) {
        m_throttle.recordSuccess(account);
        return Actor{holder->userId, holder->role};
    }
    m_throttle.recordFailure(account, kSource);
    return Error::denied(wrongPin());
}

Result<bool> KioskPins::hasAdminPin() {
    auto holders = store::KioskPinRepository(m_db).holders();
    if (!holders.ok())
        return holders.error();
    for (const store::KioskPinHolder& h : *holders)
        if (isAdmin(h))
            return true;
    return false;
}

} // namespace oscalis::auth
