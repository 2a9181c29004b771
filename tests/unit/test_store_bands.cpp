#include "store/BandRepository.h"
#include "store/UserRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

class TestStoreBands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usersCrudAndCaseInsensitiveNames() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        UserRepository users(*rig.db);
        QCOMPARE(users.count().value(), 5);
        QCOMPARE(users.findByUsername(QStringLiteral("LEADER"))->id, rig.leader.userId);
        auto dup = users.create(Actor::anonymous(), {QStringLiteral("Member"), {}, QStringLiteral("x"), GlobalRole::Member});
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, Error::Kind::Conflict);
        QCOMPARE(dup.error().message, QStringLiteral("The user name “Member” is already taken."));
        QVERIFY(!users.create(Actor::anonymous(), {QStringLiteral("two words"), {}, QStringLiteral("x"), GlobalRole::Member}).ok());
        QVERIFY(users.setDisplayName(rig.member, rig.member.userId, QStringLiteral("Mimi")).ok());
        QCOMPARE(users.find(rig.member.userId)->displayName, QStringLiteral("Mimi"));
        QCOMPARE(users.setDisplayName(rig.member, rig.leader.userId, QStringLiteral("Boss")).error().kind, Error::Kind::Denied);
        QVERIFY(users.setRole(rig.admin, rig.member.userId, GlobalRole::Moderator).ok());
        QCOMPARE(users.find(rig.member.userId)->role, GlobalRole::Moderator);
        QCOMPARE(users.list()->size(), std::size_t(5));
    }

    void bandCreateRenameAndMembers() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        BandRepository bands(*rig.db);
        auto band = bands.find(rig.band);
        QVERIFY(band.ok());
        QCOMPARE(band->name, QStringLiteral("Les Tilleuls"));
        QCOMPARE(band->ownerId, std::optional<qint64>(rig.leader.userId));
        QCOMPARE(rig.count(QStringLiteral("band_settings")), 1);
        auto members = bands.members(rig.band);
        QCOMPARE(members->size(), std::size_t(2));
        QCOMPARE(members->front().role, BandRole::Leader);
        QCOMPARE(members->front().userId, rig.leader.userId);

        QVERIFY(bands.rename(rig.leader, rig.band, QStringLiteral("  Les Marronniers ")).ok());
        QCOMPARE(bands.find(rig.band)->name, QStringLiteral("Les Marronniers"));
        QCOMPARE(bands.rename(rig.member, rig.band, QStringLiteral("Mine")).error().kind, Error::Kind::Denied);
        QCOMPARE(bands.listForUser(rig.member.userId)->size(), std::size_t(1));
        QCOMPARE(bands.listForUser(rig.outsider.userId)->size(), std::size_t(0));

        QVERIFY(bands.updateMember(rig.member, rig.band, rig.member.userId, QStringLiteral("Mimi"), QStringLiteral("basse")).ok());
        QCOMPARE(bands.membership(rig.band, rig.member.userId)->instrument, QStringLiteral("basse"));

        // The last leader cannot step down or leave.
        QCOMPARE(bands.setMemberRole(rig.leader, rig.band, rig.leader.userId, BandRole::Member).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(bands.removeMember(rig.leader, rig.band, rig.leader.userId).error().kind, Error::Kind::Conflict);
        // The member leaves by themselves and is no longer in the band.
        QVERIFY(bands.removeMember(rig.member, rig.band, rig.member.userId).ok());
        QCOMPARE(bands.membership(rig.band, rig.member.userId)->status, Membership::Status::Left);
        QCOMPARE(bands.listForUser(rig.member.userId)->size(), std::size_t(0));

        QCOMPARE(bands.remove(rig.member, rig.band).error().kind, Error::Kind::Denied);
        QVERIFY(bands.remove(rig.leader, rig.band).ok());
        QCOMPARE(bands.find(rig.band).error().kind, Error::Kind::NotFound);
        QCOMPARE(rig.count(QStringLiteral("memberships")), 0); // cascaded
    }

    void inviteCodesRotateAndJoin() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        BandRepository bands(*rig.db);
        const QString old = bands.find(rig.band)->inviteCode;
        QCOMPARE(old.size(), BandRepository::kInviteCodeLength);
        for (QChar c : old) QVERIFY(QByteArray(BandRepository::kInviteAlphabet).contains(c.toLatin1()));
        QCOMPARE(bands.rotateInviteCode(rig.member, rig.band).error().kind, Error::Kind::Denied);
        auto fresh = bands.rotateInviteCode(rig.leader, rig.band);
        QVERIFY(fresh.ok());
        QVERIFY(*fresh != old);
        QCOMPARE(bands.joinByInviteCode(rig.outsider, old).error().kind, Error::Kind::NotFound);
        auto joined = bands.joinByInviteCode(rig.outsider, QStringLiteral(" ") + fresh->toLower() + QStringLiteral(" "));
        QVERIFY2(joined.ok(), qPrintable(joined.error().message));
        QCOMPARE(joined->role, BandRole::Member);
        QCOMPARE(bands.joinByInviteCode(rig.outsider, *fresh).error().kind, Error::Kind::Conflict);
        // Codes are unambiguous: never 0, O, 1, I or L.
        for (int i = 0; i < 200; ++i) {
            const QString code = BandRepository::generateInviteCode();
            QVERIFY(!code.contains(QRegularExpression(QStringLiteral("[01OIL]"))));
        }
    }

    void logoIsLimited() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        BandRepository bands(*rig.db);
        const QByteArray png(2048, '\x89');
        QVERIFY(bands.setLogo(rig.leader, rig.band, png).ok());
        QCOMPARE(bands.logo(rig.band).value(), png);
        QVERIFY(bands.find(rig.band)->hasLogo);
        auto huge = bands.setLogo(rig.leader, rig.band, QByteArray(BandRepository::kMaxLogoBytes + 1, 'x'));
        QCOMPARE(huge.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(bands.logo(rig.band).value(), png);
    }
};

QTEST_GUILESS_MAIN(TestStoreBands)
#include "test_store_bands.moc"
