// Group commit of the hub's chat requests (web::HubBatch): a burst of chat.send runs in one
// transaction; each request gets its own answer in order; a refused one changes nothing; and
// when the COMMIT fails nobody is told their message was saved, and none of the burst is kept.
// Real SQLite file (the chat rig's), opened by WorkerServices as the data worker does.

#include "tests/chat/ChatTestRig.h"
#include "web/ChatHandlers.h"
#include "web/HubBatch.h"
#include "web/WorkerServices.h"

#include <QtTest>

using namespace oscalis;
using namespace oscalis::web;

class TestWebHubBatch : public QObject {
    Q_OBJECT

    static HubIdentity as(const auth::Actor& actor, qint64 bandId) {
        HubIdentity who;
        who.actor = actor;
        who.bandId = bandId;
        return who;
    }

    static HubBatch::Request send(const HubIdentity& who, qint64 roomId, const QString& text) {
        return {&ChatHandlers::send, who,
                QJsonObject{{QStringLiteral("type"), QStringLiteral("chat.send")},
                            {QStringLiteral("roomId"), roomId},
                            {QStringLiteral("text"), text},
                            {QStringLiteral("clientId"), text}}};
    }

    static QString typeOf(const HubOutcome& o) {
        return o.replies.empty() ? QString()
                                 : o.replies.front().value(QStringLiteral("type")).toString();
    }

private Q_SLOTS:
    void aBurstAnswersEachRequestInOrder() {
        chat::test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        QVERIFY(room);
        WorkerServices services({rig.path()});
        QVERIFY(services.ready());

        const std::vector<HubBatch::Request> burst{
            send(as(rig.member, rig.band), room, QStringLiteral("one")),
            send(as(rig.outsider, rig.band), room, QStringLiteral("not in the band")),
            send(as(rig.leader, rig.band), room, QStringLiteral("two")),
            send(as(rig.carol, rig.band), room, QStringLiteral("   ")),
            send(as(rig.carol, rig.band), room, QStringLiteral("three")),
        };
        const auto outcomes = HubBatch::run(services, burst);
        QCOMPARE(outcomes.size(), burst.size());
        QCOMPARE(typeOf(outcomes[0]), QStringLiteral("chat.message"));
        QCOMPARE(typeOf(outcomes[1]), QStringLiteral("error"));
        QCOMPARE(outcomes[1].replies.front().value(QStringLiteral("code")).toString(),
                 QStringLiteral("forbidden"));
        QCOMPARE(typeOf(outcomes[2]), QStringLiteral("chat.message"));
        QCOMPARE(typeOf(outcomes[3]), QStringLiteral("error"));
        QCOMPARE(typeOf(outcomes[4]), QStringLiteral("chat.message"));
        const auto seqOf = [](const HubOutcome& o) {
            return o.replies.front()
                .value(QStringLiteral("message"))
                .toObject()
                .value(QStringLiteral("seq"))
                .toInteger();
        };
        QCOMPARE(seqOf(outcomes[0]), 1);
        QCOMPARE(seqOf(outcomes[2]), 2);
        QCOMPARE(seqOf(outcomes[4]), 3);
        // The saved ones go to the whole band (member, leader, carol), the refused ones nowhere.
        QCOMPARE(outcomes[0].deliveries.size(), std::size_t(1));
        QCOMPARE(outcomes[0].deliveries.front().userIds.size(), std::size_t(3));
        QVERIFY(outcomes[1].deliveries.empty());

        // What was acknowledged is in the file, for a fresh connection (a restart).
        QVERIFY(rig.reopen());
        auto page = rig.chat->history(rig.member, room, std::nullopt, 10);
        QVERIFY(page.ok());
        QCOMPARE(
            rig.texts(page->messages),
            (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
        QCOMPARE(rig.seqs(page->messages), rig.oneTo(3));
    }

    void nothingIsAcknowledgedWhenTheCommitFails() {
        chat::test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        QVERIFY(room);
        WorkerServices services({rig.path()});
        QVERIFY(services.ready());

        // A request whose write breaks a rule that SQLite checks only at COMMIT (a foreign key,
        // deferred): the COMMIT of the burst fails, as it would on a full disk.
        const HubBatch::Request breaksTheCommit{
            [](WorkerServices& s, const HubIdentity&, const QJsonObject&) {
                HubOutcome o;
                if (!s.db().exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")).ok() ||
                    !s.db()
                         .exec(QStringLiteral("INSERT INTO chat_room_members (room_id, user_id) "
                                              "VALUES (?, ?)"),
                               {qint64(999999), qint64(999999)})
                         .ok())
                    o.replies.push_back({{QStringLiteral("type"), QStringLiteral("setup failed")}});
                return o;
            },
            as(rig.leader, rig.band),
            {}};
        const std::vector<HubBatch::Request> burst{
            send(as(rig.member, rig.band), room, QStringLiteral("lost one")),
            breaksTheCommit,
            send(as(rig.leader, rig.band), room, QStringLiteral("lost two")),
        };
        const auto outcomes = HubBatch::run(services, burst);
        QCOMPARE(outcomes.size(), burst.size());
        for (const HubOutcome& o : outcomes) {
            QCOMPARE(typeOf(o), QStringLiteral("error"));
            QCOMPARE(o.replies.front().value(QStringLiteral("code")).toString(),
                     QStringLiteral("server_error"));
            QVERIFY(o.deliveries.empty()); // nobody else hears of it either
        }

        // None of the burst is in the file; the next burst works and numbers from 1.
        const auto next = HubBatch::run(
            services, {send(as(rig.member, rig.band), room, QStringLiteral("after")),
                       send(as(rig.carol, rig.band), room, QStringLiteral("after, too"))});
        QCOMPARE(typeOf(next[0]), QStringLiteral("chat.message"));
        QCOMPARE(typeOf(next[1]), QStringLiteral("chat.message"));
        QVERIFY(rig.reopen());
        auto page = rig.chat->history(rig.member, room, std::nullopt, 10);
        QVERIFY(page.ok());
        QCOMPARE(rig.texts(page->messages),
                 (QStringList{QStringLiteral("after"), QStringLiteral("after, too")}));
        QCOMPARE(rig.seqs(page->messages), rig.oneTo(2));
    }
};

QTEST_GUILESS_MAIN(TestWebHubBatch)
#include "test_web_hub_batch.moc"
