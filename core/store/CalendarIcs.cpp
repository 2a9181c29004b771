#include "store/CalendarIcs.h"

#include "store/EventRepository.h"
#include "store/StoreText.h"

#include <QDir>
#include <QSaveFile>

namespace oscalis::store {

namespace {

constexpr int kMaxOctets = 75;

QString floating(const QDateTime& t) { return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss")); }

void add(QByteArray& out, const QString& name, const QString& value) {
    out += CalendarIcs::foldLine((name + QLatin1Char(':') + value).toUtf8());
}

} // namespace

QString CalendarIcs::uid(qint64 eventId) { return QStringLiteral("event-%1@oscalis").arg(eventId); }

QString CalendarIcs::escapeText(const QString& text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) out += QLatin1String("\\\\");
        else if (c == QLatin1Char(';')) out += QLatin1String("\\;");
        else if (c == QLatin1Char(',')) out += QLatin1String("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) ++i;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) out += QLatin1String("\\n");
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) continue; // other controls are not allowed in TEXT
        else out += c;
    }
    return out;
}

QByteArray CalendarIcs::foldLine(const QByteArray& line) {
    QByteArray out;
    qsizetype start = 0;
    int room = kMaxOctets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        // Back up to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80) --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QByteArray CalendarIcs::build(const QString& calendarName, const std::vector<Event>& events,
                              const QHash<qint64, QString>& songTitles, const QDateTime& stamp) {
    QByteArray out;
    add(out, QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    add(out, QStringLiteral("VERSION"), QStringLiteral("2.0"));
    add(out, QStringLiteral("PRODID"), QStringLiteral("-//Oscalis//Oscalis %1//EN").arg(QStringLiteral(OSCALIS_VERSION)));
    add(out, QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    add(out, QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    add(out, QStringLiteral("X-WR-CALNAME"), escapeText(calendarName));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const Event& e : events) {
        // Wall-clock arithmetic in UTC: a floating time has no daylight-saving gaps or repeats.
        QDateTime start = QDateTime::fromString(e.startsAt, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        start = QDateTime(start.date(), start.time(), Qt::UTC);
        QStringList description;
        if (!e.agenda.empty()) {
            description << StoreText::tr("Agenda:");
            int n = 0;
            for (qint64 song : e.agenda)
                description << QStringLiteral("%1. %2").arg(++n).arg(songTitles.value(song, StoreText::tr("(deleted song)")));
        }
        if (!e.replyBy.isEmpty()) description << StoreText::tr("Please answer by %1.").arg(e.replyBy);
        add(out, QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        add(out, QStringLiteral("UID"), uid(e.id));
        add(out, QStringLiteral("DTSTAMP"), dtstamp);
        add(out, QStringLiteral("DTSTART"), floating(start));
        add(out, QStringLiteral("DTEND"), floating(start.addSecs(qint64(e.durationMin) * 60)));
        add(out, QStringLiteral("SUMMARY"), escapeText(e.title));
        if (!e.place.isEmpty()) add(out, QStringLiteral("LOCATION"), escapeText(e.place));
        if (!description.isEmpty()) add(out, QStringLiteral("DESCRIPTION"), escapeText(description.join(QLatin1Char('\n'))));
        add(out, QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    add(out, QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out;
}

Result<QByteArray> CalendarIcs::forBand(Database& db, qint64 bandId, const QDate& from, const QDate& to,
                                        const QDateTime& stamp) {
    auto name = db.scalar(QStringLiteral("SELECT coalesce(nullif(s.display_name, ''), b.name) FROM bands b "
                                         "LEFT JOIN band_settings s ON s.band_id = b.id WHERE b.id = ?"),
                          {bandId});
    if (!name.ok()) return name.error();
    if (name->isNull()) return Error::notFound(StoreText::tr("This band does not exist (any more)."));
    auto events = EventRepository(db).between(bandId, from, to);
    if (!events.ok()) return events.error();
    auto songs = db.select(QStringLiteral("SELECT id, title FROM songs WHERE band_id = ?"), {bandId});
    if (!songs.ok()) return songs.error();
    QHash<qint64, QString> titles;
    for (const auto& r : *songs) titles.insert(r.value(0).toLongLong(), r.value(1).toString());
    return build(name->toString(), *events, titles, stamp);
}

Status CalendarIcs::write(const QByteArray& bytes, const QString& file) {
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit())
        return Error::storage(StoreText::tr("The calendar could not be saved to %1: %2")
                                  .arg(QDir::toNativeSeparators(file), out.errorString()));
    return {};
}

} // namespace oscalis::store
