#include "store/Database.h"

#include "store/NameCollation.h"
#include "store/StoreLog.h"
#include "store/StoreText.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace oscalis::store {

namespace {

std::atomic<int> g_connectionCounter{0};

QString openFailure(const QString& path, const QString& why) {
    return StoreText::tr("The band database at %1 could not be opened: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

// Statements worth keeping prepared: the ones that read or write rows, and transaction control
// (a few fixed texts, run around every write). PRAGMAs and schema changes are rare and are
// prepared each time.
bool keepPrepared(const QString& sql) {
    static const char* const kVerbs[] = {"SELECT", "INSERT",    "UPDATE",  "DELETE", "WITH",
                                         "BEGIN",  "SAVEPOINT", "RELEASE", "COMMIT", "ROLLBACK"};
    const QStringView head = QStringView(sql).trimmed();
    for (const char* verb : kVerbs)
        if (head.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    return false;
}

// A long-running program builds some SQL texts from data (IN lists); keep the cache bounded.
constexpr std::size_t kMaxPrepared = 256;

// Resets a kept statement on every way out, so that none stays open (an open read keeps its
// snapshot of the file, and an open statement would block COMMIT).
struct FinishOnExit {
    QSqlQuery* q;
    ~FinishOnExit() { q->finish(); }
};

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    m_statements.clear(); // every query goes before its connection
    {
        QSqlDatabase db = connection();
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery* Database::run(const QString& sql, const QVariantList& params,
                         std::unique_ptr<QSqlQuery>& once, QSqlError& error) {
    QSqlQuery* q = nullptr;
    const bool keep = keepPrepared(sql);
    // Anything else may change the schema (migrations run CREATE, ALTER, DROP on this
    // connection): the kept statements are dropped, so that none reads rows of the old shape.
    if (!keep)
        m_statements.clear();
    if (keep) {
        if (auto it = m_statements.find(sql); it != m_statements.end())
            q = it->second.get();
    }
    if (!q) {
        auto fresh = std::make_unique<QSqlQuery>(connection());
        fresh->setForwardOnly(true);
        if (!fresh->prepare(sql)) {
            error = fresh->lastError();
            return nullptr;
        }
        if (keep) {
            if (m_statements.size() >= kMaxPrepared)
                m_statements.clear();
            q = m_statements.emplace(sql, std::move(fresh)).first->second.get();
        } else {
            once = std::move(fresh);
            q = once.get();
        }
    }
    for (int i = 0; i < params.size(); ++i) {
        const QVariant& p = params.at(i);
        // A null QString would be bound as SQL NULL; Oscalis means "empty text" by it.
        // SQL NULL is asked for explicitly with an invalid QVariant().
        if (p.typeId() == QMetaType::QString && p.toString().isNull())
            q->bindValue(i, QString(QStringLiteral("")));
        else
            q->bindValue(i, p);
    }
    if (!q->exec()) {
        error = q->lastError();
        q->finish();
        return nullptr;
    }
    return q;
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/oscalis.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path) {
    if (path.isEmpty()) return Error::storage(openFailure(path, StoreText::tr("no file name was given.")));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(openFailure(path, StoreText::tr("its folder could not be created.")));
    if (info.exists() && !info.isFile())
        return Error::storage(openFailure(path, StoreText::tr("this is a folder, not a file.")));
    if (info.exists() && !info.isWritable())
        return Error::storage(openFailure(path,
            StoreText::tr("the file is read-only. Check its permissions, or choose another file with --db.")));
    if (!info.exists() && !QFileInfo(info.absolutePath()).isWritable())
        return Error::storage(openFailure(path,
            StoreText::tr("its folder is read-only. Check its permissions, or choose another file with --db.")));

    const QString name = QStringLiteral("oscalis.store.%1").arg(g_connectionCounter.fetch_add(1));
    std::unique_ptr<Database> self(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid())
            return Error::storage(openFailure(path,
                StoreText::tr("the SQLite driver for Qt is missing (install libqt6sql6-sqlite).")));
        db.setDatabaseName(self->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) return Error::storage(openFailure(path, db.lastError().databaseText()));
    }

    // journal_mode=WAL is the first statement to read the file: a file that is not a database
    // fails here with "file is not a database".
    auto mode = self->scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode.ok()) return Error::storage(openFailure(path, mode.error().message));
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::storage(openFailure(path,
            StoreText::tr("write-ahead logging could not be turned on (journal mode is %1).").arg(mode->toString())));

    // synchronous=FULL: in WAL mode NORMAL skips the fsync of the WAL at each commit, so a power
    // cut (not a crash of Oscalis) can lose the last commits that we already told the user were
    // saved. FULL syncs the WAL on every commit: a write we acknowledged survives a power cut.
    // The cost (one fsync per commit) is small for a band's handful of edits per minute.
    const char* pragmas[] = {"PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000", "PRAGMA synchronous=FULL"};
    for (const char* pragma : pragmas) {
        auto r = self->exec(QString::fromLatin1(pragma));
        if (!r.ok()) return Error::storage(openFailure(path, r.error().message));
    }
    if (Status names = NameCollation::install(self->nativeHandle()); !names.ok())
        return Error::storage(openFailure(path, names.error().message));
    qCDebug(lcStore) << "opened" << self->m_path << "as" << name;
    return self;
}

QVariant Database::nativeHandle() const {
    const QSqlDatabase db = connection();
    return db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
}

Error Database::errorFrom(const QSqlError& error, const QString& what) const {
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString lower = text.toLower();
    const QString where = QDir::toNativeSeparators(m_path);
    if (lower.contains(QLatin1String("unique constraint")) || lower.contains(QLatin1String("primary key")))
        return Error::conflict(StoreText::tr("%1: this already exists.").arg(what));
    if (lower.contains(QLatin1String("database is locked")) || lower.contains(QLatin1String("busy")))
        return {Error::Kind::Busy, QStringLiteral("%1: the band database is busy (another part of Oscalis "
                                                  "is writing). Please try again.").arg(what)};
    if (lower.contains(QLatin1String("full")))
        return Error::storage(StoreText::tr("%1: the disk holding the band database (%2) is full. "
                                             "Free some space and try again.").arg(what, where));
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return Error::storage(StoreText::tr("%1: the band database at %2 is read-only.").arg(what, where));
    if (lower.contains(QLatin1String("not a database")) || lower.contains(QLatin1String("malformed")))
        return Error::storage(StoreText::tr("%1: the file at %2 is not an Oscalis band database, or it is damaged.")
                                  .arg(what, where));
    if (lower.contains(QLatin1String("foreign key")))
        return Error::invalid(StoreText::tr("%1: it refers to something that does not exist (any more).").arg(what));
    if (lower.contains(QLatin1String("constraint")))
        return Error::invalid(StoreText::tr("%1: a value is not allowed (%2).").arg(what, text));
    return Error::storage(StoreText::tr("%1 failed: %2").arg(what, text));
}

Result<Database::Rows> Database::select(const QString& sql, const QVariantList& params) {
    std::unique_ptr<QSqlQuery> once;
    QSqlError error;
    QSqlQuery* q = run(sql, params, once, error);
    if (!q)
        return errorFrom(error, StoreText::tr("Reading the band database"));
    const FinishOnExit finish{q};
    Rows rows;
    while (q->next())
        rows.push_back(q->record());
    if (q->lastError().isValid())
        return errorFrom(q->lastError(), StoreText::tr("Reading the band database"));
    return rows;
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& params) {
    std::unique_ptr<QSqlQuery> once;
    QSqlError error;
    QSqlQuery* q = run(sql, params, once, error);
    if (!q)
        return errorFrom(error, StoreText::tr("Saving"));
    const FinishOnExit finish{q};
    return q->lastInsertId().toLongLong();
}

Result<int> Database::exec(const QString& sql, const QVariantList& params) {
    std::unique_ptr<QSqlQuery> once;
    QSqlError error;
    QSqlQuery* q = run(sql, params, once, error);
    if (!q)
        return errorFrom(error, StoreText::tr("Saving"));
    const FinishOnExit finish{q};
    return q->numRowsAffected();
}

Result<std::vector<qint64>> Database::ids(const QString& sql, const QVariantList& params) {
    std::unique_ptr<QSqlQuery> once;
    QSqlError error;
    QSqlQuery* q = run(sql, params, once, error);
    if (!q)
        return errorFrom(error, StoreText::tr("Reading the band database"));
    const FinishOnExit finish{q};
    std::vector<qint64> list;
    while (q->next())
        list.push_back(q->value(0).toLongLong());
    if (q->lastError().isValid())
        return errorFrom(q->lastError(), StoreText::tr("Reading the band database"));
    return list;
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& params) {
    std::unique_ptr<QSqlQuery> once;
    QSqlError error;
    QSqlQuery* q = run(sql, params, once, error);
    if (!q)
        return errorFrom(error, StoreText::tr("Reading the band database"));
    const FinishOnExit finish{q};
    QVariant v;
    if (q->next())
        v = q->value(0);
    if (q->lastError().isValid())
        return errorFrom(q->lastError(), StoreText::tr("Reading the band database"));
    return v;
}

Status Database::transaction(const std::function<Status()>& work) {
    const bool outer = m_depth == 0;
    const QString savepoint = QStringLiteral("sp%1").arg(m_depth);
    auto begin = exec(outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint);
    if (!begin.ok()) return begin.error();
    ++m_depth;
    Status result = work();
    --m_depth;
    if (result.ok()) {
        auto end = exec(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (end.ok()) return result;
        result = end.error();
    }
    if (outer) {
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)exec(QStringLiteral("RELEASE ") + savepoint);
    }
    return result;
}

Result<int> Database::userVersion() {
    auto v = scalar(QStringLiteral("PRAGMA user_version"));
    if (!v.ok()) return v.error();
    return v->toInt();
}

Status Database::setUserVersion(int version) {
    // PRAGMA takes no bound parameters; version is an int we own, not user input.
    auto r = exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
    if (!r.ok()) return r.error();
    return {};
}

Status Database::backupTo(const QString& file) {
    auto r = exec(QStringLiteral("VACUUM INTO ?"), {file});
    if (!r.ok()) return r.error();
    return {};
}

Result<QString> Database::integrityCheck() {
    auto rows = select(QStringLiteral("PRAGMA integrity_check"));
    if (!rows.ok()) return rows.error();
    QStringList lines;
    for (const auto& row : *rows) lines << row.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace oscalis::store
