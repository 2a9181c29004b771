#include "store/CalendarIcs.h"
#include "store/Csv.h"
#include "store/EventRepository.h"
#include "store/GigRepository.h"
#include "store/SetlistCsv.h"
#include "store/SongCsvImport.h"
#include "store/SongRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

class TestStoreExport : public QObject {
    Q_OBJECT

    /// A tiny RFC 5545 reader for the test: unfolds lines, splits NAME:VALUE, unescapes TEXT.
    static std::vector<QMap<QString, QString>> parseEvents(const QByteArray& ics) {
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        std::vector<QMap<QString, QString>> events;
        QMap<QString, QString> current;
        for (const QByteArray& raw : unfolded.split('\n')) {
            if (raw.isEmpty()) continue;
            const QString line = QString::fromUtf8(raw.chopped(1)); // every line ended in \r
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            const QString name = line.left(colon), value = line.mid(colon + 1);
            if (name == QLatin1String("BEGIN") && value == QLatin1String("VEVENT")) current.clear();
            else if (name == QLatin1String("END") && value == QLatin1String("VEVENT")) events.push_back(current);
            else {
                QString text;
                for (qsizetype i = 0; i < value.size(); ++i) {
                    if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
                        const QChar e = value[++i];
                        text += (e == QLatin1Char('n') || e == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : e;
                    } else {
                        text += value[i];
                    }
                }
                current.insert(name, text);
            }
        }
        return events;
    }

private Q_SLOTS:
    void csvQuoting() {
        QCOMPARE(Csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(Csv::field(QStringLiteral("Hey, Jude")), QStringLiteral("\"Hey, Jude\""));
        QCOMPARE(Csv::field(QStringLiteral("Le \"Sud\"")), QStringLiteral("\"Le \"\"Sud\"\"\""));
        QCOMPARE(Csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(Csv::field(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
        const auto parsed = Csv::parse(QStringLiteral("a,\"b,\"\"c\"\"\nd\",e\r\nf,g"), QLatin1Char(','));
        QCOMPARE(parsed.size(), std::size_t(2));
        QCOMPARE(parsed[0].fields, (QStringList{"a", "b,\"c\"\nd", "e"}));
        QCOMPARE(parsed[1].line, 3);
        QVERIFY(!Csv::parse(QStringLiteral("a,\"open"), QLatin1Char(',')).back().error.isEmpty());
    }

    void setlistCsv() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SongRepository songs(*rig.db);
        Song s;
        s.bandId = rig.band;
        s.title = QStringLiteral("Hey, \"Jude\"\nreprise");
        s.artist = QStringLiteral("The Beatles");
        s.musicalKey = QStringLiteral("F");
        s.tempoBpm = 74;
        s.durationS = 425;
        const qint64 a = songs.add(rig.member, s)->id;
        s = Song{};
        s.bandId = rig.band;
        s.title = QStringLiteral("Sans durée");
        const qint64 b = songs.add(rig.member, s)->id;
        GigRepository gigs(*rig.db);
        Gig g;
        g.bandId = rig.band;
        g.name = QStringLiteral("Fête de la musique");
        g.date = QStringLiteral("2026-06-21");
        g.venue = QStringLiteral("Place du marché");
        const qint64 gig = gigs.create(rig.leader, g)->id;
        QVERIFY(gigs.insertSong(rig.leader, gig, a).ok());
        QVERIFY(gigs.insertBreak(rig.leader, gig, 15).ok());
        QVERIFY(gigs.insertSong(rig.leader, gig, b).ok());

        const SetlistSheet sheet = SetlistSheet::forGig(*rig.db, gig).value();
        QCOMPARE(sheet.gigName, g.name);
        QCOMPARE(sheet.rows.size(), std::size_t(3));
        QCOMPARE(sheet.rows[1].isBreak, true);
        QCOMPARE(sheet.rows[1].runningTotalS, qint64(425 + 900));
        QCOMPARE(sheet.totalS, qint64(1325));
        QCOMPARE(sheet.unknownDurations, 1);
        QCOMPARE(SetlistSheet::clock(3725), QStringLiteral("1:02:05"));

        const QByteArray csv = SetlistCsv::toCsv(sheet);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.endsWith("\r\n"));
        const QString text = Csv::decode(csv);
        QVERIFY(text.startsWith(QStringLiteral("position,title,artist,key,tempo,duration,running total,note\r\n")));
        QVERIFY(text.contains(QStringLiteral("1,\"Hey, \"\"Jude\"\"\nreprise\",The Beatles,F,74,7:05,7:05,\r\n")));
        QVERIFY(text.contains(QStringLiteral("2,Break,,,,15:00,22:05,\r\n")));
        const auto records = Csv::parse(text, QLatin1Char(','));
        QCOMPARE(records.size(), std::size_t(5)); // header, 3 rows (one on two lines), total
        QCOMPARE(records[1].fields.value(1), QStringLiteral("Hey, \"Jude\"\nreprise"));
        QCOMPARE(records[4].fields.value(1), QStringLiteral("Total"));
        QCOMPARE(records[4].fields.value(5), QStringLiteral("22:05"));
        QVERIFY(SetlistCsv::write(sheet, rig.dir.filePath(QStringLiteral("setlist.csv"))).ok());
        QCOMPARE(SetlistSheet::forGig(*rig.db, gig + 9).error().kind, Error::Kind::NotFound);
    }

    void calendarIcs() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        Song s;
        s.bandId = rig.band;
        s.title = QStringLiteral("Ça, c'est; vraiment \\ toi");
        const qint64 song = SongRepository(*rig.db).add(rig.member, s)->id;
        EventRepository events(*rig.db);
        Event e;
        e.bandId = rig.band;
        e.title = QStringLiteral("Répétition, générale; avant la fête");
        e.startsAt = QStringLiteral("2026-05-17T20:30");
        e.durationMin = 150;
        e.place = QStringLiteral("Studio Bleu\n12 rue des Lilas, Nantes");
        e.replyBy = QStringLiteral("2026-05-15");
        e.agenda = {song};
        const qint64 id = events.create(rig.leader, e)->id;
        Event other = e;
        other.title = QString(60, QChar(0x00E9)); // 120 octets of UTF-8: must fold, never inside a character
        other.startsAt = QStringLiteral("2026-05-31T23:00");
        other.agenda = {};
        other.place.clear();
        const qint64 id2 = events.create(rig.leader, other)->id;
        const QDateTime stamp(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        const QByteArray ics = CalendarIcs::forBand(*rig.db, rig.band, QDate(2026, 5, 1), QDate(2026, 5, 31), stamp).value();

        // CRLF everywhere, no line over 75 octets, folded lines start with a space.
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!ics.contains("\n\n"));
        const QList<QByteArray> lines = ics.split('\n');
        for (const QByteArray& line : lines) {
            if (line.isEmpty()) continue;
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // valid UTF-8 on each physical line
        }
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Oscalis//Oscalis "));
        QVERIFY(ics.contains("SUMMARY:R\xC3\xA9p\xC3\xA9tition\\, g\xC3\xA9n\xC3\xA9rale\\; avant la f\xC3\xAAte\r\n"));
        QVERIFY(ics.contains("LOCATION:Studio Bleu\\n12 rue des Lilas\\, Nantes\r\n"));
        QVERIFY(ics.contains("DTSTART:20260517T203000\r\n"));
        QVERIFY(ics.contains("DTEND:20260517T230000\r\n"));
        QVERIFY(ics.contains("DTSTAMP:20260501T080000Z\r\n"));
        QVERIFY(ics.contains("DTEND:20260601T013000\r\n")); // crosses midnight and the month
        QVERIFY(ics.contains("\r\n "));                     // the long title was folded

        const auto parsed = parseEvents(ics);
        QCOMPARE(parsed.size(), std::size_t(2));
        QCOMPARE(parsed[0].value(QStringLiteral("UID")), QStringLiteral("event-%1@oscalis").arg(id));
        QCOMPARE(parsed[0].value(QStringLiteral("SUMMARY")), e.title);
        QCOMPARE(parsed[0].value(QStringLiteral("LOCATION")), e.place);
        QCOMPARE(parsed[0].value(QStringLiteral("DESCRIPTION")),
                 QStringLiteral("Agenda:\n1. %1\nPlease answer by 2026-05-15.").arg(s.title));
        QCOMPARE(parsed[1].value(QStringLiteral("SUMMARY")), other.title);
        QCOMPARE(parsed[1].value(QStringLiteral("UID")), QStringLiteral("event-%1@oscalis").arg(id2));
        QVERIFY(!parsed[1].contains(QStringLiteral("LOCATION")));

        // The UID stays the same when the event changes and the file is exported again.
        Event moved = events.find(id).value();
        moved.startsAt = QStringLiteral("2026-05-18T19:00");
        QVERIFY(events.update(rig.leader, moved).ok());
        const auto again = parseEvents(CalendarIcs::forBand(*rig.db, rig.band, QDate(2026, 5, 1), QDate(2026, 5, 31), stamp).value());
        QCOMPARE(again[0].value(QStringLiteral("UID")), QStringLiteral("event-%1@oscalis").arg(id));
        QCOMPARE(again[0].value(QStringLiteral("DTSTART")), QStringLiteral("20260518T190000"));
        QCOMPARE(CalendarIcs::foldLine(QByteArray(75, 'x')), QByteArray(75, 'x') + "\r\n");
        QCOMPARE(CalendarIcs::foldLine(QByteArray(76, 'x')), QByteArray(75, 'x') + "\r\n x\r\n");
    }

    void songCsvImport() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        const QByteArray csv = "\xEF\xBB\xBF" "Title;Artist;Key;Tempo;Duration;Notes;Extra\r\n"
                               "Le Sud;Nino Ferrer;A;96;3:25;\"refrain; deux fois\";x\r\n"
                               "\"Hey \"\"Jude\"\"\";Beatles;F;74;425;\"sur\ndeux lignes\";\r\n"
                               ";Nobody;;;;;\r\n"
                               "Trop vite;X;;vite;;;\r\n"
                               "Trop long;X;;;3:75;;\r\n"
                               "Tempo fou;X;;999;;;\r\n"
                               "\r\n"
                               "Alors on danse;Stromae;;120;210;;\r\n";
        SongCsvImport import(*rig.db);
        QCOMPARE(import.run(rig.outsider, rig.band, csv).error().kind, Error::Kind::Denied);
        const int audit = rig.count(QStringLiteral("audit_log"));
        auto report = import.run(rig.member, rig.band, csv);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->rejected, 4);
        QCOMPARE(report->errors.size(), std::size_t(4));
        QCOMPARE(report->errors[0].message, QStringLiteral("Line 5: the title cannot be empty."));
        QCOMPARE(report->errors[1].message,
                 QStringLiteral("Line 6: the tempo “vite” is not a whole number of beats per minute."));
        QCOMPARE(report->errors[2].line, 7);
        QVERIFY(report->errors[2].message.contains(QStringLiteral("3:75")));
        QVERIFY(report->errors[3].message.startsWith(QStringLiteral("Line 8: the tempo (beats per minute) must be between 1 and 400")));
        const auto list = SongRepository(*rig.db).list(rig.band).value();
        QCOMPARE(list.size(), std::size_t(3));
        QCOMPARE(list[1].title, QStringLiteral("Hey \"Jude\""));
        QCOMPARE(list[1].notes, QStringLiteral("sur\ndeux lignes"));
        QCOMPARE(list[1].durationS, std::optional<int>(425));
        QCOMPARE(list[2].title, QStringLiteral("Le Sud"));
        QCOMPARE(list[2].durationS, std::optional<int>(205));
        QCOMPARE(list[2].notes, QStringLiteral("refrain; deux fois"));
        QCOMPARE(rig.count(QStringLiteral("audit_log")), audit + 4); // 3 × song.add + song.import
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action = 'song.import'")), 1);

        QCOMPARE(import.run(rig.member, rig.band, "name,artist\r\nx,y\r\n").error().kind, Error::Kind::InvalidInput);
        auto commas = import.run(rig.member, rig.band, "title,duration\nBella,3:00\n");
        QCOMPARE(commas->imported, 1);
        QCOMPARE(SongCsvImport::parseDuration(QStringLiteral("12:05")), std::optional<int>(725));
        QCOMPARE(SongCsvImport::parseDuration(QStringLiteral("3m")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestStoreExport)
#include "test_store_export.moc"
