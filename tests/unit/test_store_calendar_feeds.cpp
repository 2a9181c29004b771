#include "store/BandRepository.h"
#include "store/CalendarFeedRepository.h"
#include "store/RandomToken.h"
#include "store/UserRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QRegularExpression>
#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

class TestStoreCalendarFeeds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void madeOnceThenTheSame() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        CalendarFeedRepository feeds(*rig.db);
        auto first = feeds.tokenFor(rig.member, rig.band);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(*first).hasMatch(),
                 qPrintable(*first));
        QCOMPARE(*feeds.tokenFor(rig.member, rig.band), *first);
        const QString leaders = *feeds.tokenFor(rig.leader, rig.band);
        QVERIFY(leaders != *first);

        auto owner = feeds.findByToken(*first);
        QVERIFY(owner.ok());
        QCOMPARE(owner->userId, rig.member.userId);
        QCOMPARE(owner->bandId, rig.band);
        QCOMPARE(feeds.findByToken(leaders)->userId, rig.leader.userId);

        // One audit entry per token made, and the token itself is never written there.
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action = 'calendar_feed.create'")), 2);
        auto leaked = rig.db->scalar(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE coalesce(after_json, '') LIKE ? "
                           "OR coalesce(before_json, '') LIKE ? OR target LIKE ?"),
            {QStringLiteral("%") + *first + QStringLiteral("%"),
             QStringLiteral("%") + *first + QStringLiteral("%"),
             QStringLiteral("%") + *first + QStringLiteral("%")});
        QCOMPARE(leaked->toInt(), 0);
    }

    void onlyMembersGetOne() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        CalendarFeedRepository feeds(*rig.db);
        QCOMPARE(feeds.tokenFor(rig.outsider, rig.band).error().kind, Error::Kind::Denied);
        // Even an admin, who may look at any band from the desktop, has no agenda of their own
        // there.
        QCOMPARE(feeds.tokenFor(rig.admin, rig.band).error().kind, Error::Kind::Denied);
        QCOMPARE(feeds.tokenFor(Actor::anonymous(), rig.band).error().kind, Error::Kind::Denied);
        QCOMPARE(feeds.tokenFor(rig.member, rig.band + 100).error().kind, Error::Kind::Denied);
        QCOMPARE(rig.count(QStringLiteral("calendar_feeds")), 0);
    }

    void unknownAndJunkTokens() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        CalendarFeedRepository feeds(*rig.db);
        QVERIFY(feeds.tokenFor(rig.member, rig.band).ok());
        const QString junk[] = {
            QString(),
            QStringLiteral("short"),
            RandomToken::make(), // well formed, never handed out
            QStringLiteral("' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            QString(10 * 1024 * 1024, QLatin1Char('a')),
        };
        for (const QString& token : junk) {
            const Error e = feeds.findByToken(token).error();
            QCOMPARE(e.kind, Error::Kind::NotFound);
            QVERIFY2(e.message.contains(QStringLiteral("calendar address")), qPrintable(e.message));
        }
    }

    void disabledAccountStopsTheFeed() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        CalendarFeedRepository feeds(*rig.db);
        UserRepository users(*rig.db);
        const QString token = *feeds.tokenFor(rig.member, rig.band);
        QVERIFY(users.setDisabled(rig.admin, rig.member.userId, true).ok());
        QCOMPARE(feeds.findByToken(token).error().kind, Error::Kind::NotFound);
        QCOMPARE(feeds.tokenFor(rig.member, rig.band).error().kind, Error::Kind::Denied);
        QVERIFY(users.setDisabled(rig.admin, rig.member.userId, false).ok());
        QCOMPARE(feeds.findByToken(token)->userId, rig.member.userId);
    }

    void leavingKillsTheTokenForGood() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        CalendarFeedRepository feeds(*rig.db);
        BandRepository bands(*rig.db);
        const QString old = *feeds.tokenFor(rig.member, rig.band);
        QVERIFY(bands.removeMember(rig.member, rig.band, rig.member.userId).ok());
        QCOMPARE(feeds.findByToken(old).error().kind, Error::Kind::NotFound);
        QCOMPARE(feeds.tokenFor(rig.member, rig.band).error().kind, Error::Kind::Denied);

        // Joining again does not bring the old address back to life: a new one is made.
        QTest::qWait(5); // created_at and joined_at have millisecond resolution
        QVERIFY(bands.joinByInviteCode(rig.member, bands.find(rig.band)->inviteCode).ok());
        QCOMPARE(feeds.findByToken(old).error().kind, Error::Kind::NotFound);
        const QString fresh = *feeds.tokenFor(rig.member, rig.band);
        QVERIFY(fresh != old);
        QCOMPARE(feeds.findByToken(fresh)->userId, rig.member.userId);
        QCOMPARE(feeds.findByToken(old).error().kind, Error::Kind::NotFound);
        QCOMPARE(rig.count(QStringLiteral("calendar_feeds")), 1);
    }

    void revoke() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        CalendarFeedRepository feeds(*rig.db);
        const QString token = *feeds.tokenFor(rig.member, rig.band);
        const QString leaders = *feeds.tokenFor(rig.leader, rig.band);
        QVERIFY(feeds.revoke(rig.member, rig.band).ok());
        QCOMPARE(feeds.findByToken(token).error().kind, Error::Kind::NotFound);
        QVERIFY(feeds.findByToken(leaders).ok()); // only one's own
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action = 'calendar_feed.revoke'")), 1);
        QVERIFY(feeds.revoke(rig.member, rig.band).ok()); // nothing left to revoke: still fine
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action = 'calendar_feed.revoke'")), 1);
        const QString next = *feeds.tokenFor(rig.member, rig.band);
        QVERIFY(next != token);
        QCOMPARE(feeds.findByToken(next)->userId, rig.member.userId);
    }
};

QTEST_GUILESS_MAIN(TestStoreCalendarFeeds)
#include "test_store_calendar_feeds.moc"
