#pragma once

#include <QString>

namespace oscalis::app {

/// `oscalis --create-admin NAME [--db FILE]`: creates the first administrator without a window,
/// for a studio computer set up over SSH. Reads the password from standard input (asked twice,
/// without echo, on a terminal; one line otherwise), prints a plain result. Main thread.
class CreateAdminCommand {
public:
    /// The process exit code: 0 created, 1 refused or failed.
    static int run(const QString& username, const QString& databasePath);
};

} // namespace oscalis::app
