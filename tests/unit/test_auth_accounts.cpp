#include "auth/AccountService.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "store/AuditRepository.h"
#include "store/BandRepository.h"
#include "store/Migrations.h"
#include "store/UserRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace oscalis;
using namespace oscalis::auth;
using namespace oscalis::store;

namespace {
const QString kGood = QStringLiteral("correct horse battery");
}

class TestAuthAccounts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    util::ManualClock m_clock;
    std::unique_ptr<AccountService> m_accounts;

private Q_SLOTS:
    void init() {
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        m_accounts.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite-wal")));
        auto db = Migrations::openLatest(m_dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clock.set(1000);
        // The cheapest Argon2id cost keeps this test fast; the real cost is measured below.
        m_accounts = std::make_unique<AccountService>(*m_db, m_clock, PasswordHasher(PasswordHasher::Cost::minimum()));
    }

    void hashAndVerify() {
        PasswordHasher hasher(PasswordHasher::Cost::minimum());
        auto h = hasher.hash(kGood);
        QVERIFY(h.ok());
        QVERIFY(h->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!h->contains(kGood));
        QVERIFY(hasher.verify(*h, kGood));
        QVERIFY(!hasher.verify(*h, QStringLiteral("correct horse battery!")));
        QVERIFY(!hasher.verify(QStringLiteral("garbage"), kGood));
        QVERIFY(hasher.hash(kGood).value() != *h); // salted
        QVERIFY(!hasher.needsRehash(*h));
        QVERIFY(PasswordHasher().needsRehash(*h)); // made with a lower cost than the default
    }

    void passwordPolicyIsExplained() {
        auto shortOne = PasswordHasher().hash(QStringLiteral("abc"));
        QVERIFY(!shortOne.ok());
        QCOMPARE(shortOne.error().message, QStringLiteral("The password is too short: use at least 8 characters."));
        QVERIFY(!PasswordHasher().hash(QString(10 * 1024 * 1024, QLatin1Char('p'))).ok());
    }

    void defaultCostVerifyTime() {
        // Reported, not asserted (tests never assert speed): the figure for the report and bench/.
        PasswordHasher hasher;
        auto h = hasher.hash(kGood);
        QVERIFY(h.ok());
        QVERIFY(h->contains(QStringLiteral("m=65536,t=2")));
        QElapsedTimer t;
        t.start();
        QVERIFY(hasher.verify(*h, kGood));
        qInfo("Argon2id INTERACTIVE verify took %lld ms", static_cast<long long>(t.elapsed()));
    }

    void firstAdminOnlyOnce() {
        QVERIFY(m_accounts->needsFirstAdmin().value());
        auto admin = m_accounts->createFirstAdmin(QStringLiteral("Alice"), QStringLiteral("Alice"), kGood);
        QVERIFY2(admin.ok(), qPrintable(admin.error().message));
        QCOMPARE(admin->role, GlobalRole::Admin);
        QVERIFY(!m_accounts->needsFirstAdmin().value());
        auto second = m_accounts->createFirstAdmin(QStringLiteral("Mallory"), {}, kGood);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Denied);
        // Nor can an anonymous registration sneak an admin in through the repository.
        auto sneaky = UserRepository(*m_db).create(Actor::anonymous(), {QStringLiteral("eve"), {}, QStringLiteral("x"),
                                                                        GlobalRole::Admin});
        QVERIFY(!sneaky.ok());
    }

    void loginIsCaseInsensitiveAndWrongPasswordRefused() {
        QVERIFY(m_accounts->createFirstAdmin(QStringLiteral("Alice"), {}, kGood).ok());
        auto ok = m_accounts->login(QStringLiteral("aLiCe"), kGood, AccountService::kDesktopSource);
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        QCOMPARE(ok->role, GlobalRole::Admin);
        auto wrong = m_accounts->login(QStringLiteral("alice"), QStringLiteral("not the password"), QStringLiteral("desktop"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().message, QStringLiteral("The user name or the password is wrong."));
        auto unknown = m_accounts->login(QStringLiteral("nobody"), kGood, QStringLiteral("desktop"));
        QCOMPARE(unknown.error().message, wrong.error().message); // no hint that the name does not exist
    }

    void registerWithInviteCodeJoinsTheBand() {
        auto admin = m_accounts->createFirstAdmin(QStringLiteral("Alice"), {}, kGood);
        QVERIFY(admin.ok());
        auto band = BandRepository(*m_db).create({admin->id, GlobalRole::Admin}, QStringLiteral("Les Tilleuls"));
        QVERIFY(band.ok());
        const QString typed = band->inviteCode.left(4).toLower() + QStringLiteral("-") + band->inviteCode.mid(4);
        auto bob = m_accounts->registerUser(QStringLiteral("bob"), QStringLiteral("Bob"), kGood, typed);
        QVERIFY2(bob.ok(), qPrintable(bob.error().message));
        auto m = BandRepository(*m_db).membership(band->id, bob->id);
        QVERIFY(m.ok());
        QCOMPARE(m->role, BandRole::Member);
        QCOMPARE(UserRepository(*m_db).find(bob->id)->lastBandId, std::optional<qint64>(band->id));

        // A wrong code creates nothing at all.
        auto carol = m_accounts->registerUser(QStringLiteral("carol"), {}, kGood, QStringLiteral("ZZZZZZZZ"));
        QVERIFY(!carol.ok());
        QVERIFY2(carol.error().message.contains(QStringLiteral("invite code")), qPrintable(carol.error().message));
        QVERIFY(!UserRepository(*m_db).findByUsername(QStringLiteral("carol")).ok());
        // Same name in another case is taken.
        auto bob2 = m_accounts->registerUser(QStringLiteral("BOB"), {}, kGood);
        QCOMPARE(bob2.error().kind, Error::Kind::Conflict);
    }

    void accountBackoffGrowsAndSaysHowLong() {
        QVERIFY(m_accounts->createFirstAdmin(QStringLiteral("alice"), {}, kGood).ok());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_accounts->login(QStringLiteral("alice"), QStringLiteral("wrong-one"), QStringLiteral("desktop")).error().kind,
                     Error::Kind::Denied);
        // The fifth failure started a 2 s wait; even the right password must wait.
        auto blocked = m_accounts->login(QStringLiteral("ALICE"), kGood, QStringLiteral("desktop"));
        QCOMPARE(blocked.error().kind, Error::Kind::Throttled);
        QCOMPARE(blocked.error().message, QStringLiteral("Too many failed sign-ins. Please wait 2 seconds and try again."));
        qint64 previous = m_accounts->throttle().waitMs(QStringLiteral("alice"), QStringLiteral("desktop"));
        QCOMPARE(previous, 2000);
        for (int i = 0; i < 5; ++i) {
            m_clock.advance(previous);
            QVERIFY(!m_accounts->login(QStringLiteral("alice"), QStringLiteral("wrong-again"), QStringLiteral("desktop")).ok());
            const qint64 wait = m_accounts->throttle().waitMs(QStringLiteral("alice"), QStringLiteral("desktop"));
            QCOMPARE(wait, previous * 2);
            previous = wait;
        }
        QCOMPARE(LoginThrottle::describeWait(previous), QStringLiteral("2 minutes")); // 64 s
        m_clock.advance(previous);
        QVERIFY(m_accounts->login(QStringLiteral("alice"), kGood, QStringLiteral("desktop")).ok());
        QCOMPARE(m_accounts->throttle().waitMs(QStringLiteral("alice"), QStringLiteral("elsewhere")), 0);
    }

    void sourceBackoffCoversEveryAccount() {
        util::ManualClock clock;
        LoginThrottle throttle(clock);
        // A guesser trying a different name each time from one address.
        for (int i = 0; i < 19; ++i) throttle.recordFailure(QStringLiteral("user%1").arg(i), QStringLiteral("10.0.0.9"));
        QCOMPARE(throttle.waitMs(QStringLiteral("someone-new"), QStringLiteral("10.0.0.9")), 0);
        throttle.recordFailure(QStringLiteral("user20"), QStringLiteral("10.0.0.9"));
        QCOMPARE(throttle.waitMs(QStringLiteral("someone-new"), QStringLiteral("10.0.0.9")), 2000);
        throttle.recordFailure(QStringLiteral("user22"), QStringLiteral("10.0.0.9"));
        QCOMPARE(throttle.waitMs(QStringLiteral("someone-new"), QStringLiteral("10.0.0.9")), 4000);
        // Another address is not affected, and a success on one account does not reset the source.
        QCOMPARE(throttle.waitMs(QStringLiteral("someone-new"), QStringLiteral("10.0.0.10")), 0);
        throttle.recordSuccess(QStringLiteral("user22"));
        QCOMPARE(throttle.waitMs(QStringLiteral("x"), QStringLiteral("10.0.0.9")), 4000);
        // The cap.
        for (int i = 0; i < 40; ++i) throttle.recordFailure(QStringLiteral("u"), QStringLiteral("10.0.0.9"));
        QCOMPARE(throttle.waitMs(QStringLiteral("x"), QStringLiteral("10.0.0.9")), LoginThrottle::kSourcePolicy.maxDelayMs);
        // Forgotten an hour after the last failure.
        clock.advance(LoginThrottle::kForgetAfterMs + 1);
        throttle.recordFailure(QStringLiteral("u"), QStringLiteral("10.0.0.9"));
        QCOMPARE(throttle.waitMs(QStringLiteral("x"), QStringLiteral("10.0.0.9")), 0);
    }

    void changeOwnPasswordNeedsTheOldOne() {
        auto alice = m_accounts->createFirstAdmin(QStringLiteral("alice"), {}, kGood);
        QVERIFY(alice.ok());
        const Actor me{alice->id, GlobalRole::Admin};
        auto wrong = m_accounts->changeOwnPassword(me, QStringLiteral("not it at all"), QStringLiteral("new password 1"));
        QCOMPARE(wrong.error().kind, Error::Kind::Denied);
        QVERIFY(m_accounts->changeOwnPassword(me, kGood, QStringLiteral("new password 1")).ok());
        QVERIFY(!m_accounts->login(QStringLiteral("alice"), kGood, QStringLiteral("desktop")).ok());
        QVERIFY(m_accounts->login(QStringLiteral("alice"), QStringLiteral("new password 1"), QStringLiteral("desktop")).ok());
        QVERIFY(!m_accounts->changeOwnPassword(me, QStringLiteral("new password 1"), QStringLiteral("short")).ok());
    }

    void adminResetsAMembersPasswordButMembersCannot() {
        auto alice = m_accounts->createFirstAdmin(QStringLiteral("alice"), {}, kGood);
        auto bob = m_accounts->registerUser(QStringLiteral("bob"), {}, kGood);
        auto carl = m_accounts->registerUser(QStringLiteral("carl"), {}, kGood);
        QVERIFY(alice.ok() && bob.ok() && carl.ok());
        const Actor admin{alice->id, GlobalRole::Admin};
        QVERIFY(m_accounts->resetPassword(admin, bob->id, QStringLiteral("fresh start 42")).ok());
        QVERIFY(m_accounts->login(QStringLiteral("bob"), QStringLiteral("fresh start 42"), QStringLiteral("desktop")).ok());
        auto byMember = m_accounts->resetPassword({carl->id, GlobalRole::Member}, bob->id, QStringLiteral("hijacked!!"));
        QCOMPARE(byMember.error().kind, Error::Kind::Denied);
        // A moderator may help members but not administrators.
        QVERIFY(UserRepository(*m_db).setRole(admin, carl->id, GlobalRole::Moderator).ok());
        const Actor mod{carl->id, GlobalRole::Moderator};
        QVERIFY(m_accounts->resetPassword(mod, bob->id, QStringLiteral("another one 7")).ok());
        QCOMPARE(m_accounts->resetPassword(mod, alice->id, QStringLiteral("takeover 123")).error().kind, Error::Kind::Denied);
        // The audit says who reset whose password, never the hash.
        AuditFilter filter;
        filter.action = QStringLiteral("user.reset_password");
        auto log = AuditRepository(*m_db).query(admin, filter);
        QVERIFY(log.ok());
        QCOMPARE(log->total, 2);
        QVERIFY(!log->items.front().afterJson.contains(QStringLiteral("argon2")));
    }

    void disabledAccountCannotSignIn() {
        auto alice = m_accounts->createFirstAdmin(QStringLiteral("alice"), {}, kGood);
        auto bob = m_accounts->registerUser(QStringLiteral("bob"), {}, kGood);
        QVERIFY(alice.ok() && bob.ok());
        const Actor admin{alice->id, GlobalRole::Admin};
        QVERIFY(m_accounts->setDisabled(admin, bob->id, true).ok());
        auto login = m_accounts->login(QStringLiteral("bob"), kGood, QStringLiteral("desktop"));
        QVERIFY(!login.ok());
        QVERIFY(login.error().message.contains(QStringLiteral("disabled")));
        // The last admin cannot be disabled or demoted, nor disable themselves.
        QVERIFY(!m_accounts->setDisabled(admin, alice->id, true).ok());
        QVERIFY(!UserRepository(*m_db).setRole(admin, alice->id, GlobalRole::Member).ok());
        QVERIFY(m_accounts->setDisabled(admin, bob->id, false).ok());
        QVERIFY(m_accounts->login(QStringLiteral("bob"), kGood, QStringLiteral("desktop")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuthAccounts)
#include "test_auth_accounts.moc"
