#pragma once

#include <QString>

namespace oscalis::store {

/// The secrets the store hands out in place of a password (session tokens, calendar feed
/// addresses): kBytes from the system's random source, written as base64url without '='
/// (43 characters). Stateless; any thread.
class RandomToken {
public:
    static constexpr int kBytes = 32;

    /// A fresh token.
    static QString make();
};

} // namespace oscalis::store
