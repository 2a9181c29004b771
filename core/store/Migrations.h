#pragma once

#include "store/Database.h"
#include "store/MigrationStep.h"

#include <memory>
#include <optional>
#include <vector>

namespace oscalis::store {

/// Brings a band database file to the schema this Oscalis knows (PRAGMA user_version).
///
/// Owner: the composition root runs it once at start-up, on the GUI thread, before anything else
/// opens the file. Each step runs in its own transaction together with its user_version bump, so a
/// failed step leaves the file at the previous version. Before the first step on a file that
/// already holds data, a consistent backup is written beside it (oscalis.sqlite.v1.bak).
/// A file from a newer Oscalis is refused, never touched.
class Migrations {
public:
    struct Report {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; ///< empty when no backup was needed (fresh file, already current)
    };

    explicit Migrations(std::vector<MigrationStep> steps);
    /// The real history (SchemaHistory).
    static Migrations standard();
    /// Opens the file and migrates it to the latest version: what the app calls at start-up.
    static Result<std::unique_ptr<Database>> openLatest(const QString& path);

    int latestVersion() const;
    /// Migrates db to upTo (default: the latest). backup=false only for fixture generation.
    Result<Report> run(Database& db, std::optional<int> upTo = std::nullopt, bool backup = true) const;
    /// Where the backup for a file at version v goes (the first free name).
    static QString backupPathFor(const QString& dbPath, int version);

private:
    std::vector<MigrationStep> m_steps;
};

} // namespace oscalis::store
