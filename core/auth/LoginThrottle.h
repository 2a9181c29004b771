#pragma once

#include "util/Clock.h"

#include <QHash>
#include <QString>

namespace oscalis::auth {

/// Slows down password guessing: after 5 failures on an account (20 from one source) each sign-in
/// must wait, and each further failure doubles the wait, separately per account and per source ("desktop", or a browser's IP address).
///
/// Owner: AccountService. Not thread-safe: the owner serialises calls (one AccountService per thread,
/// or a mutex around it). Time comes from util::Clock so tests use util::ManualClock.
/// A source gets more failures than an account (a whole band shares the studio's "desktop").
/// Entries are forgotten an hour after their last failure, and the table is bounded.
class LoginThrottle {
public:
    struct Policy {
        int failuresBeforeWait; ///< the failure that starts the first wait
        qint64 baseDelayMs;     ///< that first wait; each further failure doubles it
        qint64 maxDelayMs;
    };
    static constexpr Policy kAccountPolicy{5, 2000, 15 * 60 * 1000};
    static constexpr Policy kSourcePolicy{20, 2000, 15 * 60 * 1000};
    static constexpr qint64 kForgetAfterMs = 60 * 60 * 1000;
    static constexpr int kMaxEntries = 10000;

    explicit LoginThrottle(const util::Clock& clock);

    /// Milliseconds to wait before trying again (0 = go ahead) for this account from this source.
    qint64 waitMs(const QString& account, const QString& source) const;
    void recordFailure(const QString& account, const QString& source);
    /// A success clears the account's count (not the source's: one good account must not
    /// give a guesser a fresh start on the others).
    void recordSuccess(const QString& account);

    /// "2 minutes", "45 seconds": how a wait is said to the user.
    static QString describeWait(qint64 ms);

private:
    struct Entry {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 blockedUntilMs = 0;
    };
    void fail(QHash<QString, Entry>& table, const QString& key, const Policy& policy);
    qint64 remaining(const QHash<QString, Entry>& table, const QString& key) const;
    void prune(QHash<QString, Entry>& table);

    const util::Clock& m_clock;
    QHash<QString, Entry> m_accounts;
    QHash<QString, Entry> m_sources;
};

} // namespace oscalis::auth
