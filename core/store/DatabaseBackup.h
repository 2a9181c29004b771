#pragma once

#include "auth/Actor.h"
#include "store/Database.h"

#include <functional>

namespace oscalis::store {

/// Whole-database backup and restore through SQLite's online backup API, a few pages at a time so
/// the UI can show progress and other connections keep working between steps.
///
/// Owner: the caller, on the live Database's thread (it uses that connection's native handle);
/// a long backup belongs on a worker thread with its own Database. Both need BackupRestore.
/// Restore checks the file first (a real SQLite file, integrity_check ok, an Oscalis schema not
/// newer than ours), then copies it INTO the live database, then migrates it if it is older:
/// a refused file leaves the live database untouched.
class DatabaseBackup {
public:
    /// Called after each step with the fraction done, 0..1; the last call is exactly 1.
    using Progress = std::function<void(double)>;
    static constexpr int kPagesPerStep = 64;

    explicit DatabaseBackup(Database& live) : m_db(live) {}

    /// A consistent copy of the live database into file (written beside it, then renamed).
    Status backupTo(const auth::Actor& actor, const QString& file, const Progress& progress = {});
    /// Replaces the live database's content with file's.
    Status restoreFrom(const auth::Actor& actor, const QString& file, const Progress& progress = {});
    /// Success if file can be restored; else why not, in words for the user.
    static Status checkBackupFile(const QString& file);

private:
    Database& m_db;
};

} // namespace oscalis::store
