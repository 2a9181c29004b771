#include "store/AuditRepository.h"
#include "store/SettingsRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

class TestStoreSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsUpdateAndAudit() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SettingsRepository settings(*rig.db);
        BandSettings s = settings.get(rig.band).value();
        QCOMPARE(s.displayName, QString());
        QCOMPARE(s.theme, BandSettings::Theme::System);
        QCOMPARE(s.layout, BandSettings::Layout::Standard);
        QCOMPARE(settings.get(rig.band + 100).error().kind, Error::Kind::NotFound);

        s.displayName = QStringLiteral("  Les Tilleuls (acoustique) ");
        s.theme = BandSettings::Theme::Dark;
        s.layout = BandSettings::Layout::Kiosk;
        QCOMPARE(settings.update(rig.member, s).error().kind, Error::Kind::Denied);
        QCOMPARE(settings.get(rig.band)->theme, BandSettings::Theme::System);
        QVERIFY(settings.update(rig.leader, s).ok());
        const BandSettings saved = settings.get(rig.band).value();
        QCOMPARE(saved.displayName, QStringLiteral("Les Tilleuls (acoustique)"));
        QCOMPARE(saved.theme, BandSettings::Theme::Dark);
        QCOMPARE(saved.layout, BandSettings::Layout::Kiosk);
        s.theme = BandSettings::Theme::Light;
        QVERIFY(settings.update(rig.admin, s).ok()); // an admin may, even outside the band
        QCOMPARE(settings.get(rig.band)->theme, BandSettings::Theme::Light);

        s.displayName = QString(201, QLatin1Char('x'));
        QCOMPARE(settings.update(rig.leader, s).error().kind, Error::Kind::InvalidInput);

        AuditFilter f;
        f.bandId = rig.band;
        f.action = QStringLiteral("settings.edit");
        const AuditPage log = AuditRepository(*rig.db).query(rig.leader, f).value();
        QCOMPARE(log.total, 2);
        QVERIFY(log.items.back().beforeJson.contains(QStringLiteral("\"theme\":\"system\"")));
        QVERIFY(log.items.back().afterJson.contains(QStringLiteral("\"theme\":\"dark\"")));
        QCOMPARE(SettingsRepository::themeFromName(QStringLiteral("neon")), std::nullopt);
        QCOMPARE(SettingsRepository::layoutFromName(QStringLiteral("compact")),
                 std::optional<BandSettings::Layout>(BandSettings::Layout::Compact));
    }

    void remoteAccessIsSavedAuditedAndDecidesByRole() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SettingsRepository settings(*rig.db);
        BandSettings s = settings.get(rig.band).value();
        QCOMPARE(s.remoteAccess, BandSettings::RemoteAccess::Leaders); // the schema's default
        QVERIFY(s.allowsRemote(BandRole::Leader));
        QVERIFY(!s.allowsRemote(BandRole::Member));

        s.remoteAccess = BandSettings::RemoteAccess::Members;
        QCOMPARE(settings.update(rig.member, s).error().kind, Error::Kind::Denied);
        QVERIFY(settings.update(rig.leader, s).ok());
        const BandSettings saved = settings.get(rig.band).value();
        QCOMPARE(saved.remoteAccess, BandSettings::RemoteAccess::Members);
        QVERIFY(saved.allowsRemote(BandRole::Member));
        QVERIFY(!saved.allowsRemote(BandRole::None));

        s.remoteAccess = BandSettings::RemoteAccess::Nobody;
        QVERIFY(settings.update(rig.leader, s).ok());
        QVERIFY(!settings.get(rig.band)->allowsRemote(BandRole::Leader));

        AuditFilter f;
        f.bandId = rig.band;
        f.action = QStringLiteral("settings.edit");
        const AuditPage log = AuditRepository(*rig.db).query(rig.leader, f).value();
        QCOMPARE(log.total, 2);
        QVERIFY(
            log.items.front().beforeJson.contains(QStringLiteral("\"remote_access\":\"members\"")));
        QVERIFY(
            log.items.front().afterJson.contains(QStringLiteral("\"remote_access\":\"nobody\"")));
        QCOMPARE(SettingsRepository::remoteAccessFromName(QStringLiteral("everyone")),
                 std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestStoreSettings)
#include "test_store_settings.moc"
