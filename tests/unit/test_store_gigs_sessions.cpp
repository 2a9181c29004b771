#include "store/GigRepository.h"
#include "store/SessionRepository.h"
#include "store/SongRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

class TestStoreGigsSessions : public QObject {
    Q_OBJECT

    static QList<qint64> order(GigRepository& gigs, qint64 gig) {
        QList<qint64> ids;
        int expected = 1;
        for (const SetlistItem& i : gigs.items(gig).value()) {
            if (i.position != expected++) return {};
            ids << i.id;
        }
        return ids;
    }

private Q_SLOTS:
    void setlistInsertMoveRemoveAndTotal() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SongRepository songs(*rig.db);
        std::vector<qint64> songIds;
        for (int d : {200, 180, 240}) {
            Song s;
            s.bandId = rig.band;
            s.title = QStringLiteral("Song %1").arg(d);
            s.durationS = d;
            songIds.push_back(songs.add(rig.member, s)->id);
        }
        GigRepository gigs(*rig.db);
        Gig draft;
        draft.bandId = rig.band;
        draft.name = QStringLiteral("Fête de la musique");
        draft.date = QStringLiteral("2026-06-21");
        draft.feeCents = 25000;
        QCOMPARE(gigs.create(rig.member, draft).error().kind, Error::Kind::Denied);
        draft.date = QStringLiteral("2026-02-30");
        QCOMPARE(gigs.create(rig.leader, draft).error().kind, Error::Kind::InvalidInput);
        draft.date = QStringLiteral("2026-06-21");
        auto gig = gigs.create(rig.leader, draft);
        QVERIFY2(gig.ok(), qPrintable(gig.error().message));

        auto a = gigs.insertSong(rig.leader, gig->id, songIds[0]);
        auto b = gigs.insertSong(rig.leader, gig->id, songIds[1]);
        auto pause = gigs.insertBreak(rig.leader, gig->id, 15, 2, QStringLiteral("bar"));
        auto c = gigs.insertSong(rig.leader, gig->id, songIds[2], 1);
        QVERIFY(a.ok() && b.ok() && pause.ok() && c.ok());
        QCOMPARE(order(gigs, gig->id), (QList<qint64>{c->id, a->id, pause->id, b->id}));
        QCOMPARE(gigs.totalDurationS(gig->id).value(), 200 + 180 + 240 + 15 * 60);

        QVERIFY(gigs.moveItem(rig.leader, c->id, 4).ok());
        QCOMPARE(order(gigs, gig->id), (QList<qint64>{a->id, pause->id, b->id, c->id}));
        QVERIFY(gigs.moveItem(rig.leader, b->id, 1).ok());
        QCOMPARE(order(gigs, gig->id), (QList<qint64>{b->id, a->id, pause->id, c->id}));
        QVERIFY(gigs.moveItem(rig.leader, a->id, 99).ok()); // clamped to the end
        QCOMPARE(order(gigs, gig->id), (QList<qint64>{b->id, pause->id, c->id, a->id}));
        QCOMPARE(gigs.moveItem(rig.member, a->id, 1).error().kind, Error::Kind::Denied);

        QVERIFY(gigs.removeItem(rig.leader, pause->id).ok());
        QCOMPARE(order(gigs, gig->id), (QList<qint64>{b->id, c->id, a->id}));
        QCOMPARE(gigs.totalDurationS(gig->id).value(), 200 + 180 + 240);
        // A song deleted from the repertoire leaves the setlist; positions stay 1..n.
        QVERIFY(songs.remove(rig.leader, songIds[2]).ok());
        QCOMPARE(order(gigs, gig->id), (QList<qint64>{b->id, a->id}));
        QCOMPARE(gigs.totalDurationS(gig->id).value(), 380);
        QCOMPARE(gigs.insertBreak(rig.leader, gig->id, -3).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(gigs.items(gig->id)->size(), std::size_t(2));
    }

    void sessionsStoreOnlyHashes() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SessionRepository sessions(*rig.db);
        const QDateTime now = QDateTime(QDate(2026, 5, 1), QTime(20, 0), Qt::UTC);
        auto made = sessions.create(rig.member.userId, QStringLiteral("phone"), now, 3600);
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QVERIFY(made->token.size() >= 40);
        QVERIFY(rig.db->scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = ?"), {made->token})->toInt() == 0);
        QCOMPARE(sessions.findValid(made->token, now.addSecs(60))->userId, rig.member.userId);
        QVERIFY(!sessions.findValid(made->token + QLatin1Char('x'), now).ok());
        QVERIFY(!sessions.findValid(made->token, now.addSecs(3601)).ok()); // expired
        QVERIFY(sessions.touch(made->session.id, now.addSecs(120)).ok());
        QCOMPARE(sessions.revoke(rig.outsider, made->session.id, now).error().kind, Error::Kind::Denied);
        QVERIFY(sessions.revoke(rig.member, made->session.id, now).ok());
        QVERIFY(!sessions.findValid(made->token, now.addSecs(60)).ok());
        auto other = sessions.create(rig.member.userId, QStringLiteral("laptop"), now, 60);
        QCOMPARE(sessions.listForUser(rig.member.userId)->size(), std::size_t(2));
        QCOMPARE(sessions.purgeExpired(now.addSecs(61)).value(), 2);
        // Disabling an account ends its sessions at once.
        auto third = sessions.create(rig.member.userId, QStringLiteral("tablet"), now, 3600);
        QVERIFY(UserRepository(*rig.db).setDisabled(rig.admin, rig.member.userId, true).ok());
        QVERIFY(!sessions.findValid(third->token, now).ok());
    }

    void listsActiveSessionsForTheDesktop() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SessionRepository sessions(*rig.db);
        const QDateTime now = QDateTime(QDate(2026, 5, 1), QTime(20, 0), Qt::UTC);
        auto phone = sessions.create(rig.member.userId, QStringLiteral("phone"), now, 3600);
        auto laptop = sessions.create(rig.member.userId, QStringLiteral("laptop"), now, 60);
        auto ended = sessions.create(rig.member.userId, QStringLiteral("old tablet"), now, 3600);
        auto leaders =
            sessions.create(rig.leader.userId, QStringLiteral("leader's phone"), now, 3600);
        QVERIFY(phone.ok() && laptop.ok() && ended.ok() && leaders.ok());
        QVERIFY(sessions.revoke(rig.member, ended->session.id, now).ok());
        QVERIFY(sessions.touch(phone->session.id, now.addSecs(90)).ok());

        // A member sees their own live sessions only, most recently seen first.
        auto own = sessions.listActive(rig.member, now.addSecs(30));
        QVERIFY2(own.ok(), qPrintable(own.error().message));
        QCOMPARE(own->size(), std::size_t(2));
        QCOMPARE(own->at(0).session.device, QStringLiteral("phone"));
        QCOMPARE(own->at(0).username, QStringLiteral("member"));
        QCOMPARE(own->at(1).session.device, QStringLiteral("laptop"));
        // The laptop's session has expired a minute later.
        QCOMPARE(sessions.listActive(rig.member, now.addSecs(61))->size(), std::size_t(1));

        // An admin (ManageUsers) sees everyone's; a moderator does not.
        auto all = sessions.listActive(rig.admin, now.addSecs(30));
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(sessions.listActive(rig.moderator, now.addSecs(30))->size(), std::size_t(0));

        // A disabled account's sessions are no longer listed, and it may not list anything.
        QVERIFY(UserRepository(*rig.db).setDisabled(rig.admin, rig.member.userId, true).ok());
        QCOMPARE(sessions.listActive(rig.admin, now.addSecs(30))->size(), std::size_t(1));
        QVERIFY(!sessions.listActive(rig.member, now.addSecs(30)).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreGigsSessions)
#include "test_store_gigs_sessions.moc"
