#include "store/Migrations.h"

#include "store/SchemaHistory.h"
#include "store/StoreLog.h"
#include "store/StoreText.h"

#include <QDir>
#include <QFileInfo>

namespace oscalis::store {

Migrations::Migrations(std::vector<MigrationStep> steps) : m_steps(std::move(steps)) {}

Migrations Migrations::standard() {
    return Migrations(SchemaHistory::steps());
}

int Migrations::latestVersion() const {
    return m_steps.empty() ? 0 : m_steps.back().version;
}

QString Migrations::backupPathFor(const QString& dbPath, int version) {
    const QString base = QStringLiteral("%1.v%2.bak").arg(dbPath).arg(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n) candidate = QStringLiteral("%1.%2").arg(base).arg(n);
    return candidate;
}

Result<std::unique_ptr<Database>> Migrations::openLatest(const QString& path) {
    auto db = Database::open(path);
    if (!db.ok()) return db.error();
    auto report = standard().run(**db);
    if (!report.ok()) return report.error();
    return std::move(db).value();
}

Result<Migrations::Report> Migrations::run(Database& db, std::optional<int> upTo, bool backup) const {
    const QString where = QDir::toNativeSeparators(db.path());
    auto current = db.userVersion();
    if (!current.ok()) return current.error();
    const int target = upTo.value_or(latestVersion());
    Report report{*current, *current, {}};

    if (*current > latestVersion())
        return Error{Error::Kind::TooNew,
                     StoreText::tr("The band database at %1 was made by a newer Oscalis (schema version %2; "
                                    "this Oscalis knows up to version %3). Update Oscalis to open it; the file "
                                    "was not changed.").arg(where).arg(*current).arg(latestVersion())};
    if (*current >= target) return report;

    auto tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables.ok()) return tables.error();
    if (*current == 0 && tables->toInt() > 0)
        return Error::storage(StoreText::tr("The file at %1 holds tables that are not an Oscalis band database; "
                                             "it was not changed. Choose another file with --db.").arg(where));

    // An empty file has nothing to lose; anything else is copied first (VACUUM INTO gives a
    // consistent single-file copy even while the WAL holds recent commits).
    if (backup && *current > 0) {
        report.backupPath = backupPathFor(db.path(), *current);
        Status copied = db.backupTo(report.backupPath);
        if (!copied.ok())
            return Error::storage(StoreText::tr("The band database at %1 needs updating, but the safety copy "
                                                 "could not be written to %2 (%3). Nothing was changed.")
                                      .arg(where, QDir::toNativeSeparators(report.backupPath), copied.error().message));
        qCInfo(lcStore) << "backed up schema version" << *current << "to" << report.backupPath;
    }

    for (const MigrationStep& step : m_steps) {
        if (step.version <= report.toVersion || step.version > target) continue;
        Status done = db.transaction([&]() -> Status {
            Status applied = step.apply(db);
            if (!applied.ok()) return applied;
            return db.setUserVersion(step.version);
        });
        if (!done.ok())
            return Error::storage(StoreText::tr("Updating the band database at %1 to version %2 (%3) failed: %4 "
                                                 "The file was left at version %5.")
                                      .arg(where).arg(step.version).arg(step.summary, done.error().message)
                                      .arg(report.toVersion));
        qCInfo(lcStore) << "migrated" << db.path() << "to schema version" << step.version;
        report.toVersion = step.version;
    }
    return report;
}

} // namespace oscalis::store
