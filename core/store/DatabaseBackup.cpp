#include "store/DatabaseBackup.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/Migrations.h"
#include "store/StoreLog.h"
#include "store/StoreText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace oscalis::store {

namespace {

constexpr int kBusyRetries = 200; // × 25 ms: 5 s, the same patience as the busy timeout

/// An sqlite3 connection of our own (the backup file, or the file to restore); closes itself.
class Connection {
public:
    Connection(const QString& file, int flags) {
        m_rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &m_db, flags, nullptr);
        if (m_rc == SQLITE_OK) sqlite3_busy_timeout(m_db, 5000);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3* get() const { return m_db; }
    QString message() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_rc)); }

    /// The first column of every row of a statement without parameters.
    bool rows(const char* sql, QStringList& out) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK) return false;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

Result<sqlite3*> liveHandle(Database& db) {
    const QVariant h = db.nativeHandle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return Error::storage(StoreText::tr("The band database is not open with SQLite; backup is not possible."));
    sqlite3* handle = *static_cast<sqlite3* const*>(h.constData());
    if (!handle) return Error::storage(StoreText::tr("The band database is closed."));
    return handle;
}

/// Copies src into dst kPagesPerStep pages at a time, retrying while another connection writes.
Status copyPages(sqlite3* dst, sqlite3* src, const DatabaseBackup::Progress& progress, const QString& what) {
    sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b) return Error::storage(StoreText::tr("%1 could not start: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(dst))));
    int rc = SQLITE_OK;
    int retries = 0;
    while (true) {
        rc = sqlite3_backup_step(b, DatabaseBackup::kPagesPerStep);
        const int total = sqlite3_backup_pagecount(b);
        if (progress && total > 0 && rc != SQLITE_DONE)
            progress(double(total - sqlite3_backup_remaining(b)) / double(total));
        if (rc == SQLITE_OK) { retries = 0; continue; }
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++retries < kBusyRetries) {
            QThread::msleep(25);
            continue;
        }
        break;
    }
    const int finish = sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        const QString why = rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                                ? StoreText::tr("the band database stayed busy; try again when nobody is saving.")
                                : QString::fromUtf8(sqlite3_errstr(rc));
        return Error::storage(StoreText::tr("%1 failed: %2").arg(what, why));
    }
    if (finish != SQLITE_OK)
        return Error::storage(StoreText::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errstr(finish))));
    if (progress) progress(1.0);
    return {};
}

} // namespace

Status DatabaseBackup::backupTo(const auth::Actor& actor, const QString& file, const Progress& progress) {
    if (Status p = AccessCheck::require(m_db, actor, auth::Action::BackupRestore); !p.ok()) return p;
    if (m_db.inTransaction()) return Error::storage(StoreText::tr("A backup cannot start in the middle of a change."));
    auto live = liveHandle(m_db);
    if (!live.ok()) return live.error();
    const QString where = QDir::toNativeSeparators(file);
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(StoreText::tr("The folder for the backup %1 could not be created.").arg(where));
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part);
    {
        Connection dst(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!dst.ok()) return Error::storage(StoreText::tr("The backup %1 could not be created: %2").arg(where, dst.message()));
        Status copied = copyPages(dst.get(), *live, progress, StoreText::tr("The backup to %1").arg(where));
        if (!copied.ok()) {
            QFile::remove(part);
            return copied;
        }
    }
    QFile::remove(file);
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        return Error::storage(StoreText::tr("The backup could not be saved as %1.").arg(where));
    }
    qCInfo(lcStore) << "backed up to" << file;
    return m_db.transaction([&]() -> Status {
        return AuditRepository::append(m_db, actor, std::nullopt, QStringLiteral("database.backup"), info.fileName());
    });
}

Status DatabaseBackup::checkBackupFile(const QString& file) {
    const QString where = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile()) return Error::notFound(StoreText::tr("The backup %1 was not found.").arg(where));
    const QString notOurs = StoreText::tr("The file %1 is not an Oscalis backup, or it is damaged; nothing was changed.").arg(where);
    Connection src(file, SQLITE_OPEN_READONLY);
    if (!src.ok()) return Error::storage(notOurs);
    QStringList check;
    if (!src.rows("PRAGMA integrity_check", check)) return Error::storage(notOurs);
    if (check != QStringList{QStringLiteral("ok")})
        return Error::storage(StoreText::tr("The backup %1 is damaged (%2); nothing was changed.")
                                  .arg(where, check.join(QStringLiteral("; ")).left(200)));
    QStringList version, tables;
    if (!src.rows("PRAGMA user_version", version) ||
        !src.rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('users', 'bands')", tables))
        return Error::storage(notOurs);
    if (tables.size() != 2) return Error::storage(notOurs);
    const int v = version.value(0).toInt();
    if (v > Migrations::standard().latestVersion())
        return Error{Error::Kind::TooNew, StoreText::tr("The backup %1 was made by a newer Oscalis (schema %2; this one knows %3). "
                                                    "Update Oscalis to restore it; nothing was changed.")
                                         .arg(where).arg(v).arg(Migrations::standard().latestVersion())};
    return {};
}

Status DatabaseBackup::restoreFrom(const auth::Actor& actor, const QString& file, const Progress& progress) {
    if (Status p = AccessCheck::require(m_db, actor, auth::Action::BackupRestore); !p.ok()) return p;
    if (m_db.inTransaction()) return Error::storage(StoreText::tr("A restore cannot start in the middle of a change."));
    if (Status c = checkBackupFile(file); !c.ok()) return c;
    auto live = liveHandle(m_db);
    if (!live.ok()) return live.error();
    {
        Connection src(file, SQLITE_OPEN_READONLY);
        if (!src.ok()) return Error::storage(StoreText::tr("The backup could not be opened: %1").arg(src.message()));
        Status copied = copyPages(*live, src.get(), progress,
                                  StoreText::tr("Restoring %1").arg(QDir::toNativeSeparators(file)));
        if (!copied.ok()) return copied;
    }
    auto migrated = Migrations::standard().run(m_db, std::nullopt, false);
    if (!migrated.ok()) return migrated.error();
    qCInfo(lcStore) << "restored from" << file << "schema" << migrated->fromVersion << "->" << migrated->toVersion;
    // The restored file may not know the restoring account; the entry then names nobody.
    auto known = m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {actor.userId});
    const auth::Actor who = known.ok() && known->toInt() == 1 ? actor : auth::Actor::anonymous();
    return m_db.transaction([&]() -> Status {
        return AuditRepository::append(m_db, who, std::nullopt, QStringLiteral("database.restore"), QFileInfo(file).fileName(),
                                       {}, {{QStringLiteral("from_version"), migrated->fromVersion},
                                            {QStringLiteral("by_user"), actor.userId}});
    });
}

} // namespace oscalis::store
