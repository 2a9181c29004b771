// The band's chat as its members use it: rooms, numbered messages, resending, paging, unread
// counts, mentions and limits, on a real database file (and a second connection writing beside).

#include "chat/Mentions.h"
#include "store/AuditRepository.h"
#include "tests/chat/ChatTestRig.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>

#include <set>

using namespace oscalis;
using namespace oscalis::chat;
using oscalis::store::Error;

class TestChatService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generalIsMadeOnceForTheWholeBand() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        auto first = rig.chat->rooms(rig.leader, rig.band);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->size(), std::size_t(1));
        QCOMPARE(first->front().name, QStringLiteral("general"));
        QCOMPARE(first->front().kind, QStringLiteral("room"));
        auto again = rig.chat->rooms(rig.member, rig.band);
        QVERIFY(again.ok());
        QCOMPARE(again->size(), std::size_t(1));
        QCOMPARE(again->front().id, first->front().id);
        QCOMPARE(rig.count(QStringLiteral("chat_rooms")), 1);

        // Someone outside the band sees no room at all, and is told why.
        auto outside = rig.chat->rooms(rig.outsider, rig.band);
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().kind, Error::Kind::Denied);
        QCOMPARE(outside.error().message,
                 QStringLiteral("Only members of this band can read the band's chat."));
    }

    void membersCreateRoomsWithUniqueNames() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        auto made = rig.chat->createRoom(rig.member, rig.band, QStringLiteral("  Répétitions  "));
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QCOMPARE(made->name, QStringLiteral("Répétitions"));
        QVERIFY(rig.general() != 0);
        auto clash = rig.chat->createRoom(rig.leader, rig.band, QStringLiteral("GENERAL"));
        QCOMPARE(clash.error().kind, Error::Kind::Conflict);
        QCOMPARE(clash.error().message,
                 QStringLiteral("The band already has a room called “general”."));
        QCOMPARE(
            rig.chat->createRoom(rig.outsider, rig.band, QStringLiteral("Secret")).error().kind,
            Error::Kind::Denied);
        auto tooLong = rig.chat->createRoom(rig.member, rig.band, QString(41, QLatin1Char('r')));
        QCOMPARE(tooLong.error().message,
                 QStringLiteral("The room name is too long (41 characters; at most 40)."));
        QCOMPARE(rig.chat->createRoom(rig.member, rig.band, QStringLiteral("   ")).error().message,
                 QStringLiteral("The room name cannot be empty."));

        // The leader sees it, "general" first; its creation is in the activity log.
        auto rooms = rig.chat->rooms(rig.leader, rig.band);
        QVERIFY(rooms.ok());
        QCOMPARE(rooms->size(), std::size_t(2));
        QCOMPARE(rooms->at(0).name, QStringLiteral("general"));
        QCOMPARE(rooms->at(1).name, QStringLiteral("Répétitions"));
        store::AuditFilter f;
        f.bandId = rig.band;
        f.action = QStringLiteral("chat.room_add");
        auto log = store::AuditRepository(*rig.db).query(rig.leader, f);
        QVERIFY(log.ok());
        QCOMPARE(log->total, 1);
        QCOMPARE(log->items.front().target, QStringLiteral("chatroom:%1").arg(made->id));
    }

    void seqCountsWithoutGapsAcrossARestart() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        QVERIFY(room != 0);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(
                rig.say(i % 2 ? rig.member : rig.leader, room, QStringLiteral("m%1").arg(i)).seq,
                i);
        QVERIFY(rig.reopen());
        for (int i = 6; i <= 8; ++i)
            QCOMPARE(rig.say(rig.member, room, QStringLiteral("m%1").arg(i)).seq, i);
        auto page = rig.chat->history(rig.leader, room, std::nullopt, 100);
        QVERIFY(page.ok());
        QCOMPARE(test::ChatTestRig::seqs(page->messages), test::ChatTestRig::oneTo(8));
        QCOMPARE(page->messages.back().text, QStringLiteral("m8"));
        QVERIFY(page->complete);
        auto r = rig.chat->room(rig.leader, room);
        QVERIFY(r.ok());
        QCOMPARE(r->lastSeq, 8);
    }

    void resendingTheSameClientIdStoresNothingNew() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        auto first = rig.chat->post(rig.member, room, QStringLiteral("On répète jeudi ?"),
                                    QStringLiteral("c-1"));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(!first->duplicate);
        QCOMPARE(first->message.clientId, QStringLiteral("c-1"));
        // After a reconnect the browser sends it again (even across a restart).
        QVERIFY(rig.reopen());
        auto again = rig.chat->post(rig.member, room, QStringLiteral("On répète jeudi ?"),
                                    QStringLiteral("c-1"));
        QVERIFY(again.ok());
        QVERIFY(again->duplicate);
        QCOMPARE(again->message.id, first->message.id);
        QCOMPARE(again->message.seq, 1);
        QCOMPARE(rig.count(QStringLiteral("chat_messages")), 1);
        QCOMPARE(rig.chat->room(rig.member, room)->lastSeq, 1);
        // The id belongs to its author: someone else may use the same one.
        auto other = rig.chat->post(rig.leader, room, QStringLiteral("Oui"), QStringLiteral("c-1"));
        QVERIFY(other.ok());
        QVERIFY(!other->duplicate);
        QCOMPARE(other->message.seq, 2);
        // The same id for a message in another room is a client's mistake, said plainly.
        auto elsewhere = rig.chat->createRoom(rig.member, rig.band, QStringLiteral("setlist"));
        QVERIFY(elsewhere.ok());
        auto misuse = rig.chat->post(rig.member, elsewhere->id, QStringLiteral("Hein"),
                                     QStringLiteral("c-1"));
        QCOMPARE(misuse.error().kind, Error::Kind::Conflict);
        QCOMPARE(rig.count(QStringLiteral("chat_messages")), 2);
        QCOMPARE(
            rig.chat->post(rig.member, room, QStringLiteral("x"), QString(65, QLatin1Char('c')))
                .error()
                .message,
            QStringLiteral("The message id is too long (65 characters; at most 64)."));
    }

    void historyAndCatchUpGiveEveryMessageOnce() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        for (int i = 1; i <= 25; ++i)
            QCOMPARE(rig.say(rig.member, room, QStringLiteral("n%1").arg(i)).seq, i);

        // Scrolling up, ten at a time.
        std::vector<qint64> seen;
        std::optional<qint64> before;
        int pages = 0;
        for (bool complete = false; !complete; ++pages) {
            auto page = rig.chat->history(rig.leader, room, before, 10);
            QVERIFY(page.ok());
            QVERIFY(!page->messages.empty());
            const auto s = test::ChatTestRig::seqs(page->messages);
            QVERIFY(std::is_sorted(s.begin(), s.end()));
            seen.insert(seen.begin(), s.begin(), s.end());
            before = s.front();
            complete = page->complete;
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, test::ChatTestRig::oneTo(25));

        // A client that saw up to 0 reconnects and catches up, ten at a time.
        seen.clear();
        qint64 after = 0;
        pages = 0;
        for (bool complete = false; !complete; ++pages) {
            auto page = rig.chat->since(rig.leader, room, after, 10);
            QVERIFY(page.ok());
            const auto s = test::ChatTestRig::seqs(page->messages);
            seen.insert(seen.end(), s.begin(), s.end());
            if (!s.empty())
                after = s.back();
            complete = page->complete;
            QVERIFY(pages < 10);
        }
        QCOMPARE(seen, test::ChatTestRig::oneTo(25));
        auto nothingNew = rig.chat->since(rig.leader, room, 25, 10);
        QVERIFY(nothingNew.ok() && nothingNew->messages.empty() && nothingNew->complete);

        QCOMPARE(rig.chat->history(rig.leader, room, std::nullopt, 0).error().kind,
                 Error::Kind::InvalidInput);
        QCOMPARE(rig.chat->history(rig.leader, room, std::nullopt, 101).error().message,
                 QStringLiteral("The number of messages must be between 1 and 100 (got 101)."));
        QCOMPARE(rig.chat->since(rig.leader, room, 0, 501).error().kind, Error::Kind::InvalidInput);
        QVERIFY(rig.chat->since(rig.leader, room, 0, 500).ok());
    }

    void unreadCountsAndReadMarksOnlyMoveForward() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        for (int i = 1; i <= 3; ++i)
            rig.say(rig.member, room, QStringLiteral("u%1").arg(i));
        auto unread = [&](const auth::Actor& who) { return rig.chat->room(who, room)->unread; };
        QCOMPARE(unread(rig.leader), 3);
        QCOMPARE(unread(rig.member), 0); // one's own messages are not news
        QVERIFY(rig.chat->markRead(rig.leader, room, 2).ok());
        QCOMPARE(unread(rig.leader), 1);
        QVERIFY(rig.chat->markRead(rig.leader, room, 1).ok()); // an old tab catching up late
        QCOMPARE(unread(rig.leader), 1);
        QVERIFY(rig.chat->markRead(rig.leader, room, 999).ok()); // past the end: up to the newest
        QCOMPARE(unread(rig.leader), 0);
        const Message fourth = rig.say(rig.member, room, QStringLiteral("u4"));
        QCOMPARE(unread(rig.leader), 1);
        QCOMPARE(unread(rig.carol), 4);
        // A deleted message is no longer waiting to be read.
        QVERIFY(rig.chat->remove(rig.member, fourth.id).ok());
        QCOMPARE(unread(rig.leader), 0);
        QCOMPARE(unread(rig.carol), 3);
        // The list of rooms carries the same counts.
        auto rooms = rig.chat->rooms(rig.carol, rig.band);
        QVERIFY(rooms.ok());
        QCOMPARE(rooms->front().unread, 3);
        QCOMPARE(rig.chat->markRead(rig.outsider, room, 4).error().kind, Error::Kind::Denied);
    }

    void mentionsNameActiveMembers() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        const Message m =
            rig.say(rig.member, room,
                    QStringLiteral("@LEADER, @caro and @CarolSinger: write to member@example.com. "
                                   "@nobody knows @member."));
        std::vector<qint64> expected{rig.leader.userId, rig.member.userId, rig.carol.userId};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(m.mentions, expected);
        auto page = rig.chat->history(rig.carol, room, std::nullopt, 10);
        QCOMPARE(page->messages.front().mentions, expected); // read back from the database
        QCOMPARE(Mentions::tokens(QStringLiteral("hi @ann, @bob. mail@x.org")),
                 QStringList({QStringLiteral("ann"), QStringLiteral("bob.")}));

        // Nobody outside the band, and nobody who left it, is mentioned.
        QVERIFY(rig.say(rig.leader, room, QStringLiteral("@outsider @admin")).mentions.empty());
        QVERIFY(store::BandRepository(*rig.db)
                    .removeMember(rig.carol, rig.band, rig.carol.userId)
                    .ok());
        QVERIFY(rig.say(rig.leader, room, QStringLiteral("@carol ?")).mentions.empty());
    }

    void textIsStoredVerbatimWithinItsLimits() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        const QString tricky =
            QStringLiteral("<script>alert('x')</script> <b>bold</b> &amp; \"q\" "
                           "'); DROP TABLE chat_messages; -- 100% \\ _ ?1 :name\nline two 🎸");
        const Message m = rig.say(rig.member, room, tricky);
        QCOMPARE(m.text, tricky);
        QCOMPARE(rig.chat->history(rig.leader, room, std::nullopt, 1)->messages.front().text,
                 tricky);
        QCOMPARE(rig.count(QStringLiteral("chat_messages")), 1);

        QCOMPARE(rig.say(rig.member, room, QStringLiteral("  padded \n")).text,
                 QStringLiteral("padded"));
        auto tooLong = rig.chat->post(rig.member, room, QString(4001, QLatin1Char('a')), {});
        QCOMPARE(tooLong.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(tooLong.error().message,
                 QStringLiteral("The message is too long (4001 characters; at most 4000)."));
        QCOMPARE(rig.chat->post(rig.member, room, QStringLiteral(" \n\t "), {}).error().message,
                 QStringLiteral("The message cannot be empty."));
        QCOMPARE(rig.say(rig.member, room, QString(4000, QLatin1Char('a'))).seq, 3);
        QCOMPARE(rig.count(QStringLiteral("chat_messages")), 3);
    }

    // A second connection on the same file (the web thread beside the GUI) posts into the same
    // room at the same time: every message gets its own seq, and none is missing.
    void aConcurrentWriterNeverSharesASeq() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        constexpr int kEach = 100;
        QStringList threadErrors;
        QSemaphore ready; // both writers start together, once the second connection is open
        std::unique_ptr<QThread> other(QThread::create([&] {
            auto db = store::Database::open(rig.path());
            ready.release();
            if (!db.ok()) {
                threadErrors << db.error().message;
                return;
            }
            ChatService chat(**db);
            for (int i = 0; i < kEach; ++i) {
                auto posted = chat.post(rig.leader, room, QStringLiteral("web %1").arg(i), {});
                if (!posted.ok())
                    threadErrors << posted.error().message;
            }
        }));
        other->start();
        ready.acquire();
        int failures = 0;
        for (int i = 0; i < kEach; ++i)
            if (!rig.chat->post(rig.member, room, QStringLiteral("desk %1").arg(i), {}).ok())
                ++failures;
        QVERIFY(other->wait(60000));
        QVERIFY2(threadErrors.isEmpty(), qPrintable(threadErrors.join(QLatin1Char('\n'))));
        QCOMPARE(failures, 0);

        auto all = rig.chat->since(rig.carol, room, 0, 500);
        QVERIFY(all.ok());
        QCOMPARE(test::ChatTestRig::seqs(all->messages), test::ChatTestRig::oneTo(2 * kEach));
        std::set<QString> texts;
        for (const Message& m : all->messages)
            texts.insert(m.text);
        QCOMPARE(texts.size(), std::size_t(2 * kEach));
        QCOMPARE(rig.chat->room(rig.carol, room)->lastSeq, 2 * kEach);
    }
};

QTEST_GUILESS_MAIN(TestChatService)
#include "test_chat_service.moc"
