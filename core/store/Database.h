#pragma once

#include "store/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace oscalis::store {

/// One connection to the band database file (SQLite through Qt Sql, WAL mode).
///
/// Owner: whoever opened it (the composition root for the GUI thread, the web server for its
/// thread). A Qt Sql connection belongs to the thread that opened it, so each thread that reads
/// or writes opens its own Database on the same file; WAL lets readers run beside one writer,
/// and writers queue on the busy timeout. Never share one Database between threads.
/// Every SQL statement in Oscalis goes through select/insert/exec with bound parameters.
class Database {
public:
    using Rows = std::vector<QSqlRecord>;

    /// Opens (and creates if needed) the file at path; creates its folder. The errors name the path.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    /// <AppDataLocation>/oscalis.sqlite; creates the folder.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }

    /// Runs a query and returns all its rows.
    Result<Rows> select(const QString& sql, const QVariantList& params = {});
    /// Runs an INSERT and returns the new row id.
    Result<qint64> insert(const QString& sql, const QVariantList& params = {});
    /// Runs a statement and returns the number of rows it changed.
    Result<int> exec(const QString& sql, const QVariantList& params = {});
    /// The first column of every row, as whole numbers (ids).
    Result<std::vector<qint64>> ids(const QString& sql, const QVariantList& params = {});
    /// First column of the first row (an invalid QVariant when there is no row).
    Result<QVariant> scalar(const QString& sql, const QVariantList& params = {});

    /// Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back if work returns an error or the
    /// COMMIT fails. Nested calls become SAVEPOINTs, so a repository can call another.
    /// When this returns success the change is on disk (synchronous=FULL, see open()).
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_depth > 0; }

    /// PRAGMA user_version: the schema version of this file.
    Result<int> userVersion();
    Status setUserVersion(int version);
    /// A consistent copy of the whole database into a new file (VACUUM INTO); safe in WAL mode.
    Status backupTo(const QString& file);
    /// PRAGMA integrity_check; "ok" when the file is sound.
    Result<QString> integrityCheck();

    /// The driver's native handle (a QVariant holding `sqlite3*`, type name "sqlite3*"), for the
    /// few things Qt Sql cannot do (the online backup API, see DatabaseBackup). Same thread only.
    QVariant nativeHandle() const;

    /// Turns a Qt Sql error into words; what says what we were doing ("Saving the song").
    Error errorFrom(const QSqlError& error, const QString& what) const;

private:
    Database(QString path, QString connectionName);
    QSqlDatabase connection() const;
    /// Prepares sql (or reuses the statement prepared for the same text before), binds params
    /// and runs it; the query to read from, or nullptr with error set. Statements that read or
    /// write rows are kept prepared: parsing SQL again for every call was most of the cost of a
    /// busy chat. once holds one that is not kept (PRAGMA, schema change: it drops the kept).
    QSqlQuery* run(const QString& sql, const QVariantList& params, std::unique_ptr<QSqlQuery>& once,
                   QSqlError& error);

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; ///< prepared, by SQL text
};

} // namespace oscalis::store
