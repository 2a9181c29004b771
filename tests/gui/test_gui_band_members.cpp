// Members page: the invite code shown big and rotated; a bandmate joining with it; roles;
// nickname and instrument (one's own, anyone's for a leader); and the activity log listing what
// was just done, filtered by an action picked from its list or by the start of a name.
#include "BandRig.h"
#include "store/SongRepository.h"
#include "ui/band/AuditPage.h"
#include "ui/band/MemberDialog.h"
#include "ui/band/MembersPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiBandMembers : public QObject {
    Q_OBJECT

    static bool listed(QTableWidget* table, int column, const QString& text) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, column)->text() == text)
                return true;
        return false;
    }

    static int rowOf(QTableWidget* table, const QString& name) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == name)
                return row;
        return -1;
    }

private Q_SLOTS:
    void showsAndRotatesTheInviteCodeAndTheLogListsIt() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        ui::band::MembersPage members(*rig.context);
        members.resize(1100, 700);
        members.show();
        QVERIFY(QTest::qWaitForWindowExposed(&members));
        const QString before = members.inviteCode();
        QCOMPARE(before.size(), 8);
        QVERIFY(members.hintText().contains(QStringLiteral("only member")));

        auto* rotate = members.findChild<QPushButton*>(QStringLiteral("rotateInviteButton"));
        QVERIFY(rotate->isEnabled());
        QTest::mouseClick(rotate, Qt::LeftButton);
        QTRY_VERIFY(members.inviteCode() != before);
        QCOMPARE(members.inviteCode().size(), 8);
        QCOMPARE(members.inviteCode(),
                 store::BandRepository(*rig.db).find(rig.context->bandId())->inviteCode);

        // A bandmate registers with the new code and shows up in the list; the old code is dead.
        auto& accounts = rig.context->accounts();
        QVERIFY(!accounts
                     .registerUser(QStringLiteral("bob"), QStringLiteral("Bob"),
                                   QStringLiteral("bass player"), before)
                     .ok());
        QVERIFY(accounts
                    .registerUser(QStringLiteral("bob"), QStringLiteral("Bob"),
                                  QStringLiteral("bass player"), members.inviteCode())
                    .ok());
        members.reload();
        QCOMPARE(members.table()->rowCount(), 2);
        QVERIFY(listed(members.table(), 0, QStringLiteral("Bob (bob)")));

        // Make Bob a leader.
        for (int row = 0; row < members.table()->rowCount(); ++row)
            if (members.table()->item(row, 0)->text() == QStringLiteral("Bob (bob)"))
                members.table()->selectRow(row);
        auto* role = members.findChild<QPushButton*>(QStringLiteral("memberRoleButton"));
        QCOMPARE(role->text(), QStringLiteral("Make leader"));
        QTest::mouseClick(role, Qt::LeftButton);
        QTRY_VERIFY(listed(members.table(), 3, QStringLiteral("leader")));
        int leaders = 0;
        for (int row = 0; row < members.table()->rowCount(); ++row)
            leaders += members.table()->item(row, 3)->text() == QStringLiteral("leader");
        QCOMPARE(leaders, 2);

        // The activity log lists what was just done, newest first, and filters by action.
        store::Song song;
        song.bandId = rig.context->bandId();
        song.title = QStringLiteral("La Bohème");
        QVERIFY(store::SongRepository(*rig.db).add(rig.context->actor(), song).ok());
        ui::band::AuditPage audit(*rig.context);
        audit.resize(1100, 700);
        audit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&audit));
        // Typed with the focus in the field, as a user does (completion only acts then).
        audit.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&audit));
        audit.actionFilter()->setFocus();
        QTRY_VERIFY(audit.actionFilter()->hasFocus());
        QTableWidget* log = audit.table();
        QVERIFY(log->rowCount() >= 4);
        // Actions in words, the key kept in the cell; the song by its title, not song:N.
        QCOMPARE(log->item(0, 2)->text(), QStringLiteral("Song added"));
        QCOMPARE(log->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("song.add"));
        QCOMPARE(log->item(0, 3)->text(), QStringLiteral("La Bohème"));
        QVERIFY(listed(log, 2, QStringLiteral("New invite code")));
        QVERIFY(listed(log, 1, QStringLiteral("Ada")));
        QTest::keyClicks(audit.actionFilter(), QStringLiteral("song.add"));
        QTRY_COMPARE(log->rowCount(), 1);
        QVERIFY(log->item(0, 4)->text().contains(QStringLiteral("title: La Bohème")));

        // The start of an action matches every action beginning with it.
        auto added = store::SongRepository(*rig.db).search(rig.context->bandId(), {}, 0, 10);
        QVERIFY(added.ok() && added->total == 1);
        store::Song edited = added->items.front();
        edited.artist = QStringLiteral("Aznavour");
        QVERIFY(store::SongRepository(*rig.db).update(rig.context->actor(), edited).ok());
        audit.reload();
        audit.actionFilter()->clear();
        QTest::keyClicks(audit.actionFilter(), QStringLiteral("song."));
        QTRY_COMPARE(log->rowCount(), 2);
        QCOMPARE(log->item(0, 2)->text(), QStringLiteral("Song edited"));
        QCOMPARE(log->item(1, 2)->text(), QStringLiteral("Song added"));
        QCOMPARE(log->item(0, 4)->text(), QStringLiteral("artist: – → Aznavour"));
        audit.actionFilter()->clear();
        QTest::keyClicks(audit.actionFilter(), QStringLiteral("member."));
        QTRY_COMPARE(log->rowCount(), 1);
        QCOMPARE(log->item(0, 2)->text(), QStringLiteral("Member's role changed"));

        // The list offers the actions in the log; choosing one shows exactly it.
        QComboBox* choice = audit.actionChoice();
        for (const char* action : {"band.create", "band.rotate_invite", "song.add", "song.edit"})
            QVERIFY2(choice->findData(QLatin1String(action)) > 0, action);
        QCOMPARE(choice->findData(QStringLiteral("song.")), -1);
        QCOMPARE(choice->itemText(choice->findData(QStringLiteral("song.add"))),
                 QStringLiteral("Song added"));
        choice->setCurrentIndex(choice->findData(QStringLiteral("band.rotate_invite")));
        QTRY_COMPARE(log->rowCount(), 1);
        QCOMPARE(log->item(0, 2)->text(), QStringLiteral("New invite code"));
        audit.actionFilter()->clear();
        QTRY_VERIFY(log->rowCount() >= 6);
    }

    void nicknameAndInstrumentOwnOrAsLeader() {
        BandRig rig;
        QVERIFY(rig.openWithBand());
        auto bob = rig.registerBob();
        QVERIFY(bob.ok());
        const auth::Actor ada = rig.context->actor();
        ui::band::MembersPage members(*rig.context);
        members.resize(1100, 700);
        members.show();
        QVERIFY(QTest::qWaitForWindowExposed(&members));
        QTableWidget* table = members.table();
        auto* edit = members.findChild<QPushButton*>(QStringLiteral("editMemberButton"));
        const auto editRow = [&](const QString& name, const QString& nickname,
                                 const QString& instrument) {
            table->selectRow(rowOf(table, name));
            QVERIFY(edit->isEnabled());
            QTest::mouseClick(edit, Qt::LeftButton);
            auto* dialog = openedDialog<ui::band::MemberDialog>(&members);
            QVERIFY(dialog);
            QVERIFY(type(dialog, "nickname", nickname));
            QVERIFY(type(dialog, "instrument", instrument));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            QTRY_VERIFY(!members.findChild<ui::band::MemberDialog*>());
        };

        // Ada, the leader: her own, then Bob's.
        editRow(QStringLiteral("Ada (ada)"), QStringLiteral("Lady A"), QStringLiteral("vocals"));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("Ada (ada)")), 1)->text(),
                 QStringLiteral("Lady A"));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("Ada (ada)")), 2)->text(),
                 QStringLiteral("vocals"));
        editRow(QStringLiteral("Bob (bob)"), QString(), QStringLiteral("bass"));
        auto bobMember = store::BandRepository(*rig.db).membership(rig.context->bandId(), bob->id);
        QCOMPARE(bobMember->instrument, QStringLiteral("bass"));
        QCOMPARE(members.errorText(), QString());

        // Bob, a plain member: his own yes, Ada's no.
        QVERIFY(rig.signInBob());
        table->selectRow(rowOf(table, QStringLiteral("Ada (ada)")));
        QVERIFY(!edit->isEnabled());
        editRow(QStringLiteral("Bob (bob)"), QStringLiteral("Bobby"),
                QStringLiteral("double bass"));
        bobMember = store::BandRepository(*rig.db).membership(rig.context->bandId(), bob->id);
        QCOMPARE(bobMember->nickname, QStringLiteral("Bobby"));
        QCOMPARE(bobMember->instrument, QStringLiteral("double bass"));
        auto adaMember =
            store::BandRepository(*rig.db).membership(rig.context->bandId(), ada.userId);
        QCOMPARE(adaMember->nickname, QStringLiteral("Lady A"));
        QCOMPARE(rig.count(QStringLiteral("audit_log WHERE action = 'member.edit'")), 3);
    }
};

QTEST_MAIN(TestGuiBandMembers)
#include "test_gui_band_members.moc"
