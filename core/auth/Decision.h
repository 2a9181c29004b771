#pragma once

#include <QString>

namespace oscalis::auth {

/// The answer of Permissions::allows: allowed, or refused with a reason a user can read.
struct Decision {
    bool allowed = false;
    QString reason; ///< empty when allowed

    static Decision allow() { return {true, {}}; }
    static Decision deny(QString why) { return {false, std::move(why)}; }
    explicit operator bool() const { return allowed; }
};

} // namespace oscalis::auth
