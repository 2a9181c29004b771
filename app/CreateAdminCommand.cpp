#include "app/CreateAdminCommand.h"

#include "auth/AccountService.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace oscalis::app {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("oscalis::app::CreateAdminCommand", text);
}

void say(FILE* to, const QString& text) {
    std::fprintf(to, "%s\n", qPrintable(text));
    std::fflush(to);
}

/// One line of standard input; on a terminal, prompted and not echoed.
bool readSecret(const QString& prompt, bool terminal, QString& out) {
    termios saved{};
    if (terminal) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    out = QString::fromStdString(line);
    return got || !line.empty();
}
} // namespace

int CreateAdminCommand::run(const QString& username, const QString& databasePath) {
    const QString path = databasePath.isEmpty() ? store::Database::defaultPath() : databasePath;
    auto db = store::Migrations::openLatest(path);
    if (!db.ok()) {
        say(stderr, tr("oscalis: cannot open the band database: %1").arg(db.error().message));
        return 1;
    }
    auth::AccountService accounts(*db.value());
    auto needed = accounts.needsFirstAdmin();
    if (needed.ok() && !needed.value()) {
        say(stderr, tr("oscalis: %1 already has accounts; an administrator can add people from "
                       "the Members page.")
                        .arg(QDir::toNativeSeparators(path)));
        return 1;
    }
    const bool terminal = isatty(STDIN_FILENO) != 0;
    QString password;
    if (!readSecret(tr("Password for %1: ").arg(username), terminal, password) ||
        password.isEmpty()) {
        say(stderr, tr("oscalis: no password given on standard input; nothing was created."));
        return 1;
    }
    if (terminal) {
        QString again;
        readSecret(tr("The same password again: "), terminal, again);
        if (again != password) {
            say(stderr, tr("oscalis: the two passwords are not the same; nothing was created."));
            return 1;
        }
    }
    auto created = accounts.createFirstAdmin(username, QString(), password);
    if (!created.ok()) {
        say(stderr,
            tr("oscalis: the administrator was not created: %1").arg(created.error().message));
        return 1;
    }
    say(stdout, tr("Created the administrator \"%1\" in %2.")
                    .arg(created->username, QDir::toNativeSeparators(path)));
    return 0;
}

} // namespace oscalis::app
