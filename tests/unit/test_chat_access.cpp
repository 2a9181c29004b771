// Who may read, write, delete and find what in the band's chat: direct conversations stay
// between their two people, a member who left loses access, moderation is logged.

#include "store/AuditRepository.h"
#include "tests/chat/ChatTestRig.h"

#include <QtTest>

using namespace oscalis;
using namespace oscalis::chat;
using oscalis::store::Error;

class TestChatAccess : public QObject {
    Q_OBJECT

    static store::AuditPage deletions(test::ChatTestRig& rig) {
        store::AuditFilter f;
        f.action = QStringLiteral("chat.delete");
        return store::AuditRepository(*rig.db).query(rig.admin, f).value();
    }

private Q_SLOTS:
    void aDirectRoomIsTheSameFromBothSidesAndPrivate() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        auto mine = rig.chat->directRoom(rig.leader, rig.band, rig.member.userId);
        QVERIFY2(mine.ok(), qPrintable(mine.error().message));
        QCOMPARE(mine->kind, QStringLiteral("direct"));
        QVERIFY(mine->name.isEmpty());
        std::vector<qint64> two{rig.leader.userId, rig.member.userId};
        std::sort(two.begin(), two.end());
        QCOMPARE(mine->memberIds, two);
        auto theirs = rig.chat->directRoom(rig.member, rig.band, rig.leader.userId);
        QVERIFY(theirs.ok());
        QCOMPARE(theirs->id, mine->id);
        QCOMPARE(rig.count(QStringLiteral("chat_rooms")), 1);
        QCOMPARE(rig.count(QStringLiteral("chat_room_members")), 2);

        const Message secret =
            rig.say(rig.member, mine->id, QStringLiteral("Le solo de jeudi me fait peur"));
        QCOMPARE(secret.seq, 1);
        QCOMPARE(rig.chat->room(rig.leader, mine->id)->unread, 1);

        // Carol is in the band but not in this conversation: she neither sees nor reaches it.
        auto carolsRooms = rig.chat->rooms(rig.carol, rig.band);
        QVERIFY(carolsRooms.ok());
        for (const Room& r : *carolsRooms)
            QVERIFY(r.id != mine->id);
        auto leadersRooms = rig.chat->rooms(rig.leader, rig.band);
        QCOMPARE(leadersRooms->size(), std::size_t(2)); // general, then the direct room
        QCOMPARE(leadersRooms->back().id, mine->id);
        const QString privateRoom =
            QStringLiteral("This conversation is private to the two people in it.");
        QCOMPARE(rig.chat->history(rig.carol, mine->id, std::nullopt, 10).error().message,
                 privateRoom);
        QCOMPARE(rig.chat->since(rig.carol, mine->id, 0, 10).error().kind, Error::Kind::Denied);
        QCOMPARE(rig.chat->post(rig.carol, mine->id, QStringLiteral("coucou"), {}).error().message,
                 privateRoom);
        QCOMPARE(rig.chat->room(rig.carol, mine->id).error().kind, Error::Kind::Denied);
        QCOMPARE(rig.chat->markRead(rig.carol, mine->id, 1).error().kind, Error::Kind::Denied);
        // An admin outside the band does not read it either.
        QCOMPARE(rig.chat->history(rig.admin, mine->id, std::nullopt, 10).error().kind,
                 Error::Kind::Denied);
        QCOMPARE(rig.chat->audience(mine->id)->userIds, two);

        QCOMPARE(rig.chat->directRoom(rig.member, rig.band, rig.member.userId).error().message,
                 QStringLiteral("You cannot open a conversation with yourself."));
        QCOMPARE(rig.chat->directRoom(rig.member, rig.band, rig.outsider.userId).error().message,
                 QStringLiteral("This person is not a member of the band."));
        QCOMPARE(rig.chat->directRoom(rig.outsider, rig.band, rig.member.userId).error().kind,
                 Error::Kind::Denied);
    }

    void aMemberWhoLeftCanNeitherReadNorWrite() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        auto direct = rig.chat->directRoom(rig.leader, rig.band, rig.member.userId);
        QVERIFY(direct.ok());
        QVERIFY(rig.say(rig.member, room, QStringLiteral("Salut")).seq == 1);
        QVERIFY(rig.say(rig.member, direct->id, QStringLiteral("Je pars")).seq == 1);
        std::vector<qint64> everyone{rig.leader.userId, rig.member.userId, rig.carol.userId};
        std::sort(everyone.begin(), everyone.end());
        QCOMPARE(rig.chat->audience(room)->userIds, everyone);

        QVERIFY(store::BandRepository(*rig.db)
                    .removeMember(rig.member, rig.band, rig.member.userId)
                    .ok());
        const QString notMember =
            QStringLiteral("Only members of this band can read the band's chat.");
        QCOMPARE(rig.chat->rooms(rig.member, rig.band).error().message, notMember);
        QCOMPARE(rig.chat->history(rig.member, room, std::nullopt, 10).error().message, notMember);
        QCOMPARE(rig.chat->history(rig.member, direct->id, std::nullopt, 10).error().message,
                 notMember);
        QCOMPARE(rig.chat->post(rig.member, room, QStringLiteral("Encore moi"), {}).error().message,
                 QStringLiteral("Only members of this band can write in the band's chat."));
        QCOMPARE(rig.chat->search(rig.member, rig.band, QStringLiteral("Salut"), 10).error().kind,
                 Error::Kind::Denied);
        QCOMPARE(rig.count(QStringLiteral("chat_messages")), 2);
        everyone.erase(std::find(everyone.begin(), everyone.end(), rig.member.userId));
        QCOMPARE(rig.chat->audience(room)->userIds, everyone);
        QCOMPARE(rig.chat->audience(direct->id)->userIds, std::vector<qint64>{rig.leader.userId});

        // The leader keeps the conversation's history, but it is closed.
        auto kept = rig.chat->history(rig.leader, direct->id, std::nullopt, 10);
        QVERIFY(kept.ok());
        QCOMPARE(test::ChatTestRig::texts(kept->messages), QStringList{QStringLiteral("Je pars")});
        QCOMPARE(
            rig.chat->post(rig.leader, direct->id, QStringLiteral("Reviens !"), {}).error().message,
            QStringLiteral("The other person has left the band, so this conversation is closed."));
    }

    void deletingKeepsTheSeqAndModerationIsLogged() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        const Message own = rig.say(rig.member, room, QStringLiteral("oups, mauvais salon"));
        const Message leaders = rig.say(rig.leader, room, QStringLiteral("Rendez-vous 20h"));
        const Message rude = rig.say(rig.carol, room, QStringLiteral("un message grossier"));

        auto gone = rig.chat->remove(rig.member, own.id);
        QVERIFY2(gone.ok(), qPrintable(gone.error().message));
        QVERIFY(gone->deleted);
        QVERIFY(gone->text.isEmpty());
        QCOMPARE(gone->seq, 1);
        QCOMPARE(deletions(rig).total, 0); // taking back one's own words is not moderation

        auto refused = rig.chat->remove(rig.member, leaders.id);
        QCOMPARE(refused.error().kind, Error::Kind::Denied);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Only the band's leader can delete someone else's chat message."));
        QCOMPARE(rig.chat->remove(rig.outsider, leaders.id).error().kind, Error::Kind::Denied);

        // A moderator (not in the band) takes down Carol's message; the log says who and which.
        auto moderated = rig.chat->remove(rig.moderator, rude.id);
        QVERIFY2(moderated.ok(), qPrintable(moderated.error().message));
        QVERIFY(moderated->deleted);
        const store::AuditPage log = deletions(rig);
        QCOMPARE(log.total, 1);
        QCOMPARE(log.items.front().target, QStringLiteral("message:%1").arg(rude.id));
        QCOMPARE(log.items.front().userId, std::optional<qint64>(rig.moderator.userId));
        QCOMPARE(log.items.front().bandId, std::optional<qint64>(rig.band));
        // Deleting it again changes nothing and logs nothing.
        QVERIFY(rig.chat->remove(rig.moderator, rude.id).ok());
        QCOMPARE(deletions(rig).total, 1);

        // The history still has 1, 2, 3: the deleted ones without their text.
        auto page = rig.chat->history(rig.leader, room, std::nullopt, 10);
        QVERIFY(page.ok());
        QCOMPARE(test::ChatTestRig::seqs(page->messages), test::ChatTestRig::oneTo(3));
        QCOMPARE(test::ChatTestRig::texts(page->messages),
                 QStringList({QString(), QStringLiteral("Rendez-vous 20h"), QString()}));
        QVERIFY(page->messages[0].deleted && !page->messages[1].deleted &&
                page->messages[2].deleted);
        QCOMPARE(rig.say(rig.leader, room, QStringLiteral("suite")).seq, 4);
    }

    void leadersModerateRoomsButNotOthersPrivateConversations() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const Message inRoom = rig.say(rig.member, rig.general(), QStringLiteral("hors sujet"));
        QVERIFY(rig.chat->remove(rig.leader, inRoom.id).ok());
        QCOMPARE(deletions(rig).total, 1);

        auto direct = rig.chat->directRoom(rig.member, rig.band, rig.carol.userId);
        QVERIFY(direct.ok());
        const Message dm = rig.say(rig.carol, direct->id, QStringLiteral("entre nous"));
        auto refused = rig.chat->remove(rig.leader, dm.id);
        QCOMPARE(refused.error().kind, Error::Kind::Denied);
        QVERIFY(
            !rig.chat->history(rig.member, direct->id, std::nullopt, 1)->messages.front().deleted);
        QVERIFY(rig.chat->remove(rig.admin, dm.id).ok());
        // The log of a private conversation's deletion does not quote it.
        const store::AuditPage log = deletions(rig);
        QCOMPARE(log.total, 2);
        QVERIFY(!log.items.front().beforeJson.contains(QStringLiteral("entre nous")));
        QVERIFY(log.items.back().beforeJson.contains(QStringLiteral("hors sujet")));
    }

    void searchFindsTextLiterallyInRoomsOneMaySee() {
        test::ChatTestRig rig;
        QVERIFY(rig.setUpChat());
        const qint64 room = rig.general();
        for (const char* text : {"Hello World", "100% sure", "100 percent", "snake_case name",
                                 "snakeXcase", "back\\slash", "hello again"})
            QVERIFY(rig.say(rig.member, room, QString::fromUtf8(text)).seq > 0);
        auto search = [&](const auth::Actor& who, const QString& q) {
            auto found = rig.chat->search(who, rig.band, q, 100);
            return found.ok() ? test::ChatTestRig::texts(*found)
                              : QStringList{found.error().message};
        };
        QCOMPARE(search(rig.leader, QStringLiteral("WORLD")),
                 QStringList{QStringLiteral("Hello World")});
        QCOMPARE(search(rig.leader, QStringLiteral(" hello ")),
                 QStringList({QStringLiteral("hello again"),
                              QStringLiteral("Hello World")})); // newest first
        QCOMPARE(search(rig.leader, QStringLiteral("%")), QStringList{QStringLiteral("100% sure")});
        QCOMPARE(search(rig.leader, QStringLiteral("e_c")),
                 QStringList{QStringLiteral("snake_case name")});
        QCOMPARE(search(rig.leader, QStringLiteral("k\\s")),
                 QStringList{QStringLiteral("back\\slash")});
        QCOMPARE(search(rig.leader, QStringLiteral("nothing like this")), QStringList{});

        // Direct messages are found by their two people only; deleted messages by nobody.
        auto direct = rig.chat->directRoom(rig.member, rig.band, rig.leader.userId);
        QVERIFY(direct.ok());
        rig.say(rig.member, direct->id, QStringLiteral("the secret plan"));
        const Message gone = rig.say(rig.member, room, QStringLiteral("secret but deleted"));
        QVERIFY(rig.chat->remove(rig.member, gone.id).ok());
        QCOMPARE(search(rig.leader, QStringLiteral("secret")),
                 QStringList{QStringLiteral("the secret plan")});
        QCOMPARE(search(rig.carol, QStringLiteral("secret")), QStringList{});
        QCOMPARE(
            search(rig.outsider, QStringLiteral("secret")),
            QStringList{QStringLiteral("Only members of this band can read the band's chat.")});

        QCOMPARE(search(rig.leader, QStringLiteral("   ")),
                 QStringList{QStringLiteral("The search cannot be empty.")});
        auto limited = rig.chat->search(rig.leader, rig.band, QStringLiteral("e"), 2);
        QVERIFY(limited.ok());
        QCOMPARE(limited->size(), std::size_t(2));
        QCOMPARE(rig.chat->search(rig.leader, rig.band, QStringLiteral("e"), 0).error().kind,
                 Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestChatAccess)
#include "test_chat_access.moc"
