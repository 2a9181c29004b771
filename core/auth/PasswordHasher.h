#pragma once

#include "store/Result.h"

#include <QString>

namespace oscalis::auth {

/// Argon2id password hashing through libsodium (crypto_pwhash_str_alg / _verify / _needs_rehash).
///
/// Stateless apart from its cost; any thread. Hashing and verifying take about a tenth of a second
/// of CPU and 64 MiB of memory on purpose: a caller on the network thread must hand the work to a
/// worker thread (QtConcurrent::run) and never call it on the event loop. Passwords are never logged;
/// the UTF-8 copies made here are wiped with sodium_memzero. (A QString cannot be wiped reliably
/// because of implicit sharing; callers should drop theirs quickly.)
class PasswordHasher {
public:
    static constexpr int kMinLength = 8;
    /// Longer than any passphrase; refuses a 10 MB paste before hashing it.
    static constexpr int kMaxLength = 1024;

    /// Argon2id cost. Default: libsodium's INTERACTIVE limits (opslimit 2, memlimit 64 MiB).
    /// Why: the studio PC has 2 cores and may serve several browsers signing in at once; MODERATE
    /// (256 MiB, ~4x slower) would make each login take about a second and could exhaust memory
    /// with a few concurrent sign-ins, while INTERACTIVE keeps a login near 0.1 s and is still far
    /// beyond what an offline attacker can afford at scale for a good passphrase. Sign-in attempts are
    /// additionally throttled (LoginThrottle). Hashes record their cost, so raising it later only
    /// needs needsRehash() + re-hash at the next successful login.
    struct Cost {
        unsigned long long opsLimit;
        std::size_t memLimit;
        static Cost interactive();
        /// The cheapest libsodium allows: tests only.
        static Cost minimum();
    };

    PasswordHasher();
    explicit PasswordHasher(Cost cost);

    /// Refuses too-short and absurdly long passwords, with a message for the user.
    static store::Status checkPolicy(const QString& password);
    /// An encoded Argon2id hash ("$argon2id$v=19$m=65536,t=2,p=1$...").
    store::Result<QString> hash(const QString& password) const;
    /// The same hash for a secret that follows its own rule, checked by the caller (a kiosk
    /// PIN: KioskPins::checkPin); only the maximum length is checked here.
    store::Result<QString> hashSecret(const QString& secret) const;
    /// True only if password matches the encoded hash.
    bool verify(const QString& encodedHash, const QString& password) const;
    /// True if the hash was made with another cost than this hasher's.
    bool needsRehash(const QString& encodedHash) const;

    const Cost& cost() const { return m_cost; }

private:
    Cost m_cost;
};

} // namespace oscalis::auth
