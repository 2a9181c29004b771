#include "store/EventRepository.h"
#include "store/SongRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

class TestStoreEvents : public QObject {
    Q_OBJECT

    static Event draft(qint64 band, const QString& startsAt) {
        Event e;
        e.bandId = band;
        e.title = QStringLiteral("Répétition");
        e.startsAt = startsAt;
        e.durationMin = 150;
        e.place = QStringLiteral("Studio Bleu");
        return e;
    }
    static QDateTime at(const QString& local) { return QDateTime::fromString(local, Qt::ISODate); }

private Q_SLOTS:
    void createValidateAndAgenda() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SongRepository songs(*rig.db);
        Song s;
        s.bandId = rig.band;
        s.title = QStringLiteral("Ta fête");
        const qint64 a = songs.add(rig.member, s)->id;
        s.title = QStringLiteral("Sur ma route");
        const qint64 b = songs.add(rig.member, s)->id;
        EventRepository events(*rig.db);

        const struct { const char* startsAt; const char* replyBy; const char* says; } bad[] = {
            {"2026-02-30T20:00", "", "not a real date"},
            {"2026-05-17T25:00", "", "not a real time"},
            {"17/05/2026 20:00", "", "write it like"},
            {"2026-05-17T20:00", "2026-13-01", "not a real date"},
            {"2026-05-17T20:00", "2026-05-18", "after the event"},
        };
        for (const auto& c : bad) {
            Event e = draft(rig.band, QString::fromLatin1(c.startsAt));
            e.replyBy = QString::fromLatin1(c.replyBy);
            const Error err = events.create(rig.member, e).error();
            QCOMPARE(err.kind, Error::Kind::InvalidInput);
            QVERIFY2(err.message.contains(QString::fromLatin1(c.says)), qPrintable(err.message));
        }
        Event e = draft(rig.band, QStringLiteral("2026-05-17T20:00"));
        e.durationMin = 2000;
        QCOMPARE(events.create(rig.member, e).error().kind, Error::Kind::InvalidInput);
        e.durationMin = 150;
        QCOMPARE(events.create(rig.outsider, e).error().kind, Error::Kind::Denied);
        e.agenda = {b, 999};
        QCOMPARE(events.create(rig.member, e).error().kind, Error::Kind::NotFound);
        e.agenda = {b, a};
        auto made = events.create(rig.member, e);
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QCOMPARE(made->startsAt, QStringLiteral("2026-05-17T20:00:00"));
        QCOMPARE(events.find(made->id)->agenda, (std::vector<qint64>{b, a}));

        Event edited = *made;
        edited.agenda = {a};
        edited.place = QStringLiteral("Garage");
        QCOMPARE(events.update(rig.member, edited).error().kind, Error::Kind::Denied); // editing is the leader's
        QVERIFY(events.update(rig.leader, edited).ok());
        QCOMPARE(events.find(made->id)->agenda, (std::vector<qint64>{a}));
        QCOMPARE(events.find(made->id)->place, QStringLiteral("Garage"));
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action LIKE 'event.%'")), 2);
        QCOMPARE(events.remove(rig.member, made->id).error().kind, Error::Kind::Denied);
        QVERIFY(events.remove(rig.leader, made->id).ok());
        QCOMPARE(events.find(made->id).error().kind, Error::Kind::NotFound);
        QCOMPARE(rig.count(QStringLiteral("event_songs")), 0);
    }

    void monthRangeAndNext() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        EventRepository events(*rig.db);
        for (const char* when : {"2026-04-30T23:59", "2026-05-01T00:00", "2026-05-17T20:00", "2026-05-31T22:00",
                                 "2026-06-01T00:00"})
            QVERIFY(events.create(rig.leader, draft(rig.band, QString::fromLatin1(when))).ok());
        const auto may = events.between(rig.band, QDate(2026, 5, 1), QDate(2026, 5, 31)).value();
        QCOMPARE(may.size(), std::size_t(3));
        QCOMPARE(may.front().startsAt, QStringLiteral("2026-05-01T00:00:00"));
        QCOMPARE(may.back().startsAt, QStringLiteral("2026-05-31T22:00:00"));
        QVERIFY(events.between(rig.band + 1, QDate(2026, 5, 1), QDate(2026, 5, 31))->empty());

        auto next = events.next(rig.band, at(QStringLiteral("2026-05-17T20:00:00")));
        QCOMPARE(next.value()->startsAt, QStringLiteral("2026-05-17T20:00:00"));
        next = events.next(rig.band, at(QStringLiteral("2026-05-17T20:00:01")));
        QCOMPARE(next.value()->startsAt, QStringLiteral("2026-05-31T22:00:00"));
        QVERIFY(!events.next(rig.band, at(QStringLiteral("2026-06-02T00:00:00"))).value().has_value());
    }

    void answersAttendanceAndSummary() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        EventRepository events(*rig.db);
        Event e = draft(rig.band, QStringLiteral("2026-05-17T20:00"));
        e.replyBy = QStringLiteral("2026-05-15");
        const qint64 id = events.create(rig.leader, e)->id;

        QCOMPARE(events.summary(id)->unanswered, 2);
        QVERIFY(events.answer(rig.member, id, EventAnswer::Maybe, at(QStringLiteral("2026-05-14T10:00:00"))).ok());
        QVERIFY(events.answer(rig.member, id, EventAnswer::Yes, at(QStringLiteral("2026-05-15T23:59:00"))).ok());
        const Error late = events.answer(rig.leader, id, EventAnswer::No, at(QStringLiteral("2026-05-16T00:00:00"))).error();
        QCOMPARE(late.kind, Error::Kind::InvalidInput);
        QVERIFY2(late.message.contains(QStringLiteral("closed on 2026-05-15")), qPrintable(late.message));
        QCOMPARE(events.answer(rig.outsider, id, EventAnswer::Yes, at(QStringLiteral("2026-05-14T10:00:00"))).error().kind,
                 Error::Kind::Denied);
        // Answering is personal: even an admin outside the band may not.
        QCOMPARE(events.answer(rig.admin, id, EventAnswer::Yes, at(QStringLiteral("2026-05-14T10:00:00"))).error().kind,
                 Error::Kind::Denied);

        AttendanceSummary s = events.summary(id).value();
        QCOMPARE(s.yes, 1);
        QCOMPARE(s.no, 0);
        QCOMPARE(s.maybe, 0);
        QCOMPARE(s.unanswered, 1);
        QVERIFY(s.came.empty());

        QCOMPARE(events.markAttendance(rig.member, id, rig.member.userId, true).error().kind, Error::Kind::Denied);
        QCOMPARE(events.markAttendance(rig.leader, id, rig.outsider.userId, true).error().kind, Error::Kind::InvalidInput);
        QVERIFY(events.markAttendance(rig.leader, id, rig.member.userId, true).ok());
        QVERIFY(events.markAttendance(rig.leader, id, rig.leader.userId, false).ok());
        s = events.summary(id).value();
        QCOMPARE(s.yes, 1);
        QCOMPARE(s.unanswered, 1); // marking attendance is not an answer
        QCOMPARE(s.came, (std::vector<QString>{QStringLiteral("member")}));
        QCOMPARE(s.lines.size(), std::size_t(2));
        for (const auto& line : s.lines) {
            if (line.userId == rig.member.userId) {
                QCOMPARE(line.answer, std::optional<EventAnswer>(EventAnswer::Yes));
                QCOMPARE(line.attended, std::optional<bool>(true));
            } else {
                QCOMPARE(line.answer, std::optional<EventAnswer>());
                QCOMPARE(line.attended, std::optional<bool>(false));
            }
        }
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action = 'event.answer'")), 2);
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action = 'event.attendance'")), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreEvents)
#include "test_store_events.moc"
