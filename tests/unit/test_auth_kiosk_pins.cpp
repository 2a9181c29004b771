// Kiosk PINs: stored only as Argon2id hashes, an administrator's PIN unlocks, a member's PIN
// identifies that member only, wrong PINs are throttled, and who may set whose PIN.
#include "auth/KioskPins.h"
#include "store/KioskPinRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QtTest>

using namespace oscalis;
using namespace oscalis::auth;
using namespace oscalis::store;

class TestAuthKioskPins : public QObject {
    Q_OBJECT

    test::StoreTestRig m_rig;
    util::ManualClock m_clock;
    std::unique_ptr<KioskPins> m_pins;

private Q_SLOTS:
    void init() {
        m_pins.reset();
        m_rig.db.reset();
        QFile::remove(m_rig.path());
        QFile::remove(m_rig.path() + QStringLiteral("-wal"));
        QVERIFY(m_rig.setUp());
        m_clock.set(1000);
        m_pins = std::make_unique<KioskPins>(*m_rig.db, m_clock,
                                             PasswordHasher(PasswordHasher::Cost::minimum()));
    }

    void pinsAreDigitsAndStoredHashed() {
        QVERIFY(!KioskPins::checkPin(QStringLiteral("123")).ok());
        QVERIFY(!KioskPins::checkPin(QStringLiteral("12a4")).ok());
        QVERIFY(!KioskPins::checkPin(QStringLiteral("123456789")).ok());
        QCOMPARE(
            m_pins->setPin(m_rig.admin, m_rig.admin.userId, QStringLiteral("12")).error().message,
            QStringLiteral("A kiosk PIN is 4 to 8 digits."));
        QVERIFY(m_pins->setPin(m_rig.admin, m_rig.admin.userId, QStringLiteral("482913")).ok());
        const QString stored =
            m_rig.db->scalar(QStringLiteral("SELECT pin_hash FROM kiosk_pins")).value().toString();
        QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!stored.contains(QStringLiteral("482913")));
        QCOMPARE(m_rig.db
                     ->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'kiosk.set_pin'"))
                     .value()
                     .toInt(),
                 1);
        // The repository refuses anything that is not a hash.
        QVERIFY(!KioskPinRepository(*m_rig.db)
                     .setPinHash(m_rig.admin, m_rig.admin.userId, QStringLiteral("482913"))
                     .ok());
    }

    void whoMaySetWhosePin() {
        QVERIFY(m_pins->setPin(m_rig.member, m_rig.member.userId, QStringLiteral("1111")).ok());
        auto other = m_pins->setPin(m_rig.member, m_rig.leader.userId, QStringLiteral("2222"));
        QCOMPARE(other.error().kind, Error::Kind::Denied);
        QVERIFY(m_pins->setPin(m_rig.admin, m_rig.leader.userId, QStringLiteral("2222")).ok());
        QVERIFY(KioskPinRepository(*m_rig.db).clear(m_rig.member, m_rig.member.userId).ok());
        QCOMPARE(KioskPinRepository(*m_rig.db).holder(m_rig.member.userId).error().kind,
                 Error::Kind::NotFound);
    }

    void onlyAnAdministratorsPinUnlocks() {
        QVERIFY(!m_pins->hasAdminPin().value());
        QVERIFY(m_pins->setPin(m_rig.member, m_rig.member.userId, QStringLiteral("1111")).ok());
        QVERIFY(m_pins->setPin(m_rig.leader, m_rig.leader.userId, QStringLiteral("3333")).ok());
        QVERIFY(!m_pins->hasAdminPin().value());
        QCOMPARE(m_pins->unlock(QStringLiteral("1111")).error().message,
                 QStringLiteral("Wrong PIN."));
        QVERIFY(!m_pins->unlock(QStringLiteral("3333")).ok()); // a band leader is not an admin
        QVERIFY(m_pins->setPin(m_rig.admin, m_rig.admin.userId, QStringLiteral("482913")).ok());
        QVERIFY(m_pins->hasAdminPin().value());
        auto admin = m_pins->unlock(QStringLiteral("482913"));
        QVERIFY2(admin.ok(), qPrintable(admin.error().message));
        QCOMPARE(admin->userId, m_rig.admin.userId);
    }

    void aMemberIsIdentifiedByTheirOwnPinOnly() {
        QVERIFY(m_pins->setPin(m_rig.member, m_rig.member.userId, QStringLiteral("1111")).ok());
        QVERIFY(m_pins->setPin(m_rig.leader, m_rig.leader.userId, QStringLiteral("3333")).ok());
        QCOMPARE(m_pins->identify(m_rig.member.userId, QStringLiteral("1111"))->userId,
                 m_rig.member.userId);
        QVERIFY(!m_pins->identify(m_rig.member.userId, QStringLiteral("3333")).ok());
        QCOMPARE(m_pins->identify(m_rig.outsider.userId, QStringLiteral("1111")).error().message,
                 QStringLiteral("This person has no kiosk PIN yet."));
    }

    void wrongPinsAreThrottled() {
        QVERIFY(m_pins->setPin(m_rig.admin, m_rig.admin.userId, QStringLiteral("482913")).ok());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_pins->unlock(QStringLiteral("0000")).error().kind, Error::Kind::Denied);
        // Now even the right PIN must wait; the message says how long.
        auto waiting = m_pins->unlock(QStringLiteral("482913"));
        QCOMPARE(waiting.error().kind, Error::Kind::Throttled);
        QVERIFY2(waiting.error().message.contains(QStringLiteral("wait")),
                 qPrintable(waiting.error().message));
        m_clock.advance(LoginThrottle::kAccountPolicy.baseDelayMs);
        QVERIFY(m_pins->unlock(QStringLiteral("482913")).ok());
        // A member's PIN is throttled on its own account.
        QVERIFY(m_pins->setPin(m_rig.member, m_rig.member.userId, QStringLiteral("1111")).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_pins->identify(m_rig.member.userId, QStringLiteral("9999")).ok());
        QCOMPARE(m_pins->identify(m_rig.member.userId, QStringLiteral("1111")).error().kind,
                 Error::Kind::Throttled);
    }

    void aDisabledAccountsPinNoLongerWorks() {
        QVERIFY(m_pins->setPin(m_rig.member, m_rig.member.userId, QStringLiteral("1111")).ok());
        QVERIFY(UserRepository(*m_rig.db).setDisabled(m_rig.admin, m_rig.member.userId, true).ok());
        QVERIFY(!m_pins->identify(m_rig.member.userId, QStringLiteral("1111")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuthKioskPins)
#include "test_auth_kiosk_pins.moc"
