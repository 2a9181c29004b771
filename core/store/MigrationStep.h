#pragma once

#include "store/Result.h"

#include <QString>

#include <functional>

namespace oscalis::store {

class Database;

/// One step of the schema history: brings a file from version-1 to version.
/// Migrations runs apply() and the user_version bump in one transaction.
struct MigrationStep {
    int version = 0;
    QString summary;
    std::function<Status(Database&)> apply;
};

} // namespace oscalis::store
