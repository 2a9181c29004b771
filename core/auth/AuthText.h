#pragma once

#include <QCoreApplication>

namespace oscalis::auth {

/// The one place where the words of accounts and permissions for users (refusals, sign-in errors)
/// go through translation: AuthText::tr("...") is QCoreApplication::translate("oscalis::auth",
/// "..."), which lupdate finds. Without a translation installed the English words come back
/// unchanged. Any thread.
class AuthText {
    Q_DECLARE_TR_FUNCTIONS(oscalis::auth)
};

} // namespace oscalis::auth
