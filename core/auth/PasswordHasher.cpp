#include "auth/PasswordHasher.h"

#include "auth/AuthText.h"

#include <QByteArray>

#include <sodium.h>

#include <mutex>

namespace oscalis::auth {

namespace {

bool sodiumReady() {
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

/// A UTF-8 copy of a password that is wiped when it goes out of scope.
class WipedUtf8 {
public:
    explicit WipedUtf8(const QString& s) : m_bytes(s.toUtf8()) {}
    ~WipedUtf8() { sodium_memzero(m_bytes.data(), static_cast<std::size_t>(m_bytes.size())); }
    WipedUtf8(const WipedUtf8&) = delete;
    WipedUtf8& operator=(const WipedUtf8&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordHasher::Cost PasswordHasher::Cost::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::Cost::minimum() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher() : PasswordHasher(Cost::interactive()) {}

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost) { sodiumReady(); }

store::Status PasswordHasher::checkPolicy(const QString& password) {
    if (password.size() < kMinLength)
        return store::Error::invalid(AuthText::tr("The password is too short: use at least %1 characters.")
                                         .arg(kMinLength));
    if (password.size() > kMaxLength)
        return store::Error::invalid(AuthText::tr("The password is too long: use at most %1 characters.")
                                         .arg(kMaxLength));
    return {};
}

store::Result<QString> PasswordHasher::hash(const QString& password) const {
    if (store::Status s = checkPolicy(password); !s.ok()) return s.error();
    return hashSecret(password);
}

store::Result<QString> PasswordHasher::hashSecret(const QString& password) const {
    if (password.isEmpty() || password.size() > kMaxLength)
        return store::Error::invalid(AuthText::tr("The secret must be from 1 to %1 characters.").arg(kMaxLength));
    if (!sodiumReady()) return store::Error::storage(AuthText::tr("The password library could not start."));
    WipedUtf8 pw(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.data(), pw.size(), m_cost.opsLimit, m_cost.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return store::Error::storage(AuthText::tr("The password could not be protected: the computer is out of memory."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& encodedHash, const QString& password) const {
    if (!sodiumReady() || password.size() > kMaxLength) return false;
    const QByteArray stored = encodedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES || stored.isEmpty()) return false;
    WipedUtf8 pw(password);
    return crypto_pwhash_str_verify(stored.constData(), pw.data(), pw.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString& encodedHash) const {
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_cost.opsLimit, m_cost.memLimit) != 0;
}

} // namespace oscalis::auth
