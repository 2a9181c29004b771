#include "store/SetlistCsv.h"

#include "store/Csv.h"
#include "store/StoreText.h"

#include <QDir>
#include <QSaveFile>

namespace oscalis::store {

QByteArray SetlistCsv::toCsv(const SetlistSheet& sheet) {
    QString out = QChar(0xFEFF);
    out += Csv::record({QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("artist"), QStringLiteral("key"),
                        QStringLiteral("tempo"), QStringLiteral("duration"), QStringLiteral("running total"),
                        QStringLiteral("note")});
    for (const auto& r : sheet.rows)
        out += Csv::record({QString::number(r.position), r.title, r.artist, r.musicalKey,
                            r.tempoBpm ? QString::number(*r.tempoBpm) : QString(),
                            r.durationS ? SetlistSheet::clock(*r.durationS) : QString(),
                            SetlistSheet::clock(r.runningTotalS), r.note});
    const QString unknown = sheet.unknownDurations == 0
                                ? QString()
                                : QStringLiteral("%1 song(s) without a duration not counted").arg(sheet.unknownDurations);
    out += Csv::record({QString(), QStringLiteral("Total"), QString(), QString(), QString(), SetlistSheet::clock(sheet.totalS),
                        QString(), unknown});
    return out.toUtf8();
}

Status SetlistCsv::write(const SetlistSheet& sheet, const QString& file) {
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(toCsv(sheet)) < 0 || !out.commit())
        return Error::storage(StoreText::tr("The setlist could not be saved to %1: %2")
                                  .arg(QDir::toNativeSeparators(file), out.errorString()));
    return {};
}

} // namespace oscalis::store
