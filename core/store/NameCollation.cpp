#include "store/NameCollation.h"

#include "store/StoreText.h"

#include <QCollator>
#include <QLocale>

#include <sqlite3.h>

namespace oscalis::store {

namespace {

int compare(void* collator, int leftBytes, const void* left, int rightBytes, const void* right) {
    const QStringView a(static_cast<const char16_t*>(left), leftBytes / 2);
    const QStringView b(static_cast<const char16_t*>(right), rightBytes / 2);
    return static_cast<QCollator*>(collator)->compare(a, b);
}

void destroy(void* collator) {
    delete static_cast<QCollator*>(collator);
}

} // namespace

Status NameCollation::install(const QVariant& sqliteHandle) {
    auto* db = sqliteHandle.isValid() && qstrcmp(sqliteHandle.typeName(), "sqlite3*") == 0
                   ? *static_cast<sqlite3* const*>(sqliteHandle.data())
                   : nullptr;
    if (!db)
        return Error::storage(StoreText::tr("The database connection is not SQLite's."));
    // The C locale would compare code points (accented letters after Z): English order then.
    const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    auto* collator = new QCollator(locale);
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true); // "Track 2" before "Track 10"
    // SQLite deletes the collator with the connection; when registering fails, it is ours.
    const int rc =
        sqlite3_create_collation_v2(db, kName, SQLITE_UTF16_ALIGNED, collator, &compare, &destroy);
    if (rc != SQLITE_OK)
        destroy(collator);
    if (rc != SQLITE_OK)
        return Error::storage(StoreText::tr("The name order could not be set up: %1")
                                  .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace oscalis::store
