#include "ui/band/SetlistPdf.h"

#include "ui/band/Durations.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace oscalis::ui::band {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("oscalis::ui::band::SetlistPdf", text);
}
} // namespace

store::Status SetlistPdf::write(const store::SetlistSheet& sheet, const QString& bandName,
                                const QString& file) {
    {
        QFile probe(file);
        if (!probe.open(QIODevice::WriteOnly))
            return store::Error::storage(
                tr("Cannot write the PDF to %1: %2").arg(file, probe.errorString()));
    }
    QPdfWriter pdf(file);
    pdf.setTitle(tr("Setlist: %1").arg(sheet.gigName));
    pdf.setCreator(QStringLiteral("Oscalis"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    pdf.setResolution(300);
    QPainter p;
    if (!p.begin(&pdf))
        return store::Error::storage(tr("Cannot write the PDF to %1.").arg(file));
    const QRect page = p.viewport();
    const int w = page.width();
    const auto mm = [&](double v) { return int(v * 300.0 / 25.4); };
    const auto font = [&](double pt, bool bold = false, bool italic = false) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(pt);
        f.setBold(bold);
        f.setItalic(italic);
        p.setFont(f);
        return p.fontMetrics().height();
    };
    int y = 0;
    p.setPen(QColor(0x55, 0x5f, 0x6a));
    y += font(12, true);
    p.drawText(0, y, bandName.toUpper());
    p.setPen(Qt::black);
    const int titleH = font(24, true);
    y += titleH + mm(1);
    p.drawText(QRect(0, y - titleH, w, titleH * 2), Qt::AlignLeft | Qt::TextSingleLine,
               sheet.gigName);
    y += mm(2);
    font(12);
    QStringList where;
    if (!sheet.date.isEmpty())
        where << sheet.date;
    if (!sheet.venue.isEmpty())
        where << sheet.venue;
    y += p.fontMetrics().height();
    p.drawText(0, y, where.join(QStringLiteral("  ·  ")));
    y += mm(4);
    p.setPen(QPen(Qt::black, mm(0.5)));
    p.drawLine(0, y, w, y);
    y += mm(3);

    // Columns: number, title (+ artist), key, tempo, length.
    const int cNum = 0, cTitle = mm(12), cKey = w - mm(52), cTempo = w - mm(34), cLen = w - mm(16);
    const int rowH = mm(12);
    int number = 0;
    const auto newPageIfNeeded = [&] {
        if (y + rowH > page.height() - mm(20)) {
            pdf.newPage();
            y = mm(4);
        }
    };
    font(9, true);
    p.setPen(QColor(0x55, 0x5f, 0x6a));
    p.drawText(cKey, y + p.fontMetrics().ascent(), tr("KEY"));
    p.drawText(cTempo, y + p.fontMetrics().ascent(), tr("BPM"));
    p.drawText(cLen, y + p.fontMetrics().ascent(), tr("TIME"));
    y += mm(6);
    for (const auto& row : sheet.rows) {
        newPageIfNeeded();
        if (row.isBreak) {
            p.fillRect(QRect(0, y, w, rowH - mm(2)), QColor(0xee, 0xee, 0xee));
            p.setPen(QColor(0x44, 0x44, 0x44));
            font(13, false, true);
            p.drawText(QRect(cTitle, y, w - cTitle, rowH - mm(2)), Qt::AlignVCenter,
                       tr("Break, %1 min").arg(row.durationS.value_or(0) / 60));
            y += rowH;
            continue;
        }
        ++number;
        p.setPen(Qt::black);
        const int base = y + mm(6);
        font(18, true);
        p.drawText(cNum, base, QString::number(number));
        p.drawText(cTitle, base,
                   p.fontMetrics().elidedText(row.title, Qt::ElideRight, cKey - cTitle - mm(3)));
        font(13);
        p.drawText(cKey, base, row.musicalKey);
        p.drawText(cTempo, base, row.tempoBpm ? QString::number(*row.tempoBpm) : QString());
        p.drawText(cLen, base,
                   row.durationS ? formatDuration(*row.durationS) : QStringLiteral("–"));
        if (!row.artist.isEmpty()) {
            p.setPen(QColor(0x66, 0x66, 0x66));
            font(9);
            p.drawText(cTitle, base + mm(4.2), row.artist);
        }
        y += rowH;
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), mm(0.2)));
        p.drawLine(0, y - mm(1), w, y - mm(1));
    }
    newPageIfNeeded();
    y += mm(2);
    p.setPen(QPen(Qt::black, mm(0.5)));
    p.drawLine(0, y, w, y);
    y += mm(8);
    font(14, true);
    p.drawText(0, y, tr("Total"));
    p.drawText(cLen, y, formatDuration(sheet.totalS));
    if (sheet.unknownDurations > 0) {
        font(9, false, true);
        p.setPen(QColor(0x66, 0x66, 0x66));
        y += mm(6);
        p.drawText(0, y,
                   QCoreApplication::translate("oscalis::ui::band::SetlistPdf",
                                               "%n song(s) without a length are not counted.",
                                               nullptr, sheet.unknownDurations));
    }
    if (!p.end())
        return store::Error::storage(tr("Cannot finish the PDF at %1.").arg(file));
    return {};
}

} // namespace oscalis::ui::band
