#pragma once

#include <QString>

namespace oscalis::store {

/// What went wrong with a database or repository call, in words a user can read.
/// A plain value; any thread.
struct Error {
    enum class Kind {
        None,
        InvalidInput, ///< the user typed something we cannot store (empty, too long, impossible date)
        NotFound,     ///< the row does not exist (any more)
        Denied,       ///< Permissions refused the action
        Conflict,     ///< already exists / already done (duplicate name, second vote)
        Busy,         ///< another writer held the database longer than the busy timeout
        Storage,      ///< the file: cannot open, not a database, disk full, read-only
        TooNew,       ///< the file was written by a newer Oscalis
        Throttled,    ///< too many failed sign-ins; wait
    };
    Kind kind = Kind::None;
    QString message;

    static Error invalid(QString m) { return {Kind::InvalidInput, std::move(m)}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m)}; }
    static Error denied(QString m) { return {Kind::Denied, std::move(m)}; }
    static Error conflict(QString m) { return {Kind::Conflict, std::move(m)}; }
    static Error storage(QString m) { return {Kind::Storage, std::move(m)}; }
};

} // namespace oscalis::store
