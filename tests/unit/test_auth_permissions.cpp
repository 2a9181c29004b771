#include "auth/Permissions.h"
#include "store/AccessCheck.h"
#include "tests/store/StoreTestRig.h"

#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

namespace {

// The policy, written out by hand. Columns: admin, moderator, band leader, band member,
// signed-in person who is not in the band. Y = allowed, n = refused.
// Admins and moderators here are NOT members of the band.
struct Row {
    Action action;
    const char* expected;
};
const Row kMatrix[] = {
    {Action::Register, "YYYYY"},          {Action::CreateBand, "YYYYY"},
    {Action::EditBand, "YnYnn"},          {Action::DeleteBand, "YnYnn"},
    {Action::RotateInviteCode, "YnYnn"},  {Action::InviteMember, "YnYnn"},
    {Action::RemoveMember, "YYYnn"},      {Action::ChangeMemberRole, "YnYnn"},
    {Action::EditOwnMembership, "nnYYn"}, {Action::EditBandSettings, "YnYnn"},
    {Action::ViewBand, "YYYYn"},          {Action::AddSong, "YnYYn"},
    {Action::EditSong, "YYYYn"},          {Action::DeleteSong, "YYYnn"},
    {Action::Suggest, "YnYYn"},           {Action::DeleteSuggestion, "YYYnn"},
    {Action::Vote, "nnYYn"},              {Action::PromoteSuggestion, "YnYnn"},
    {Action::SetOwnMastery, "nnYYn"},     {Action::SetOthersMastery, "YnYnn"},
    {Action::AddNote, "YnYYn"},           {Action::DeleteNote, "YYYnn"},
    {Action::AddAudioNote, "nnYYn"},      {Action::CreateEvent, "YnYYn"},
    {Action::EditEvent, "YYYnn"},         {Action::DeleteEvent, "YYYnn"},
    {Action::AnswerOwnEvent, "nnYYn"},    {Action::MarkAttendance, "YnYnn"},
    {Action::CreateGig, "YnYnn"},         {Action::EditGig, "YnYnn"},
    {Action::EditSetlist, "YnYnn"},       {Action::DeleteGig, "YYYnn"},
    {Action::ViewAudit, "YYYnn"},         {Action::ResetPassword, "YYnnn"},
    {Action::ChangeOwnPassword, "YYYYY"}, {Action::ManageUsers, "Ynnnn"},
    {Action::ExportData, "YnYnn"},        {Action::BackupRestore, "Ynnnn"},
    {Action::ReadChat, "nnYYn"},          {Action::PostChat, "nnYYn"},
    {Action::CreateChatRoom, "nnYYn"},    {Action::DeleteAnyChatMessage, "YYYnn"},
    {Action::ListenToStudio, "nnYYn"},
    {Action::UnlockKiosk, "Ynnnn"},       {Action::SetOwnKioskPin, "YYYYY"},
};
static_assert(std::size(kMatrix) == kActionCount, "the matrix must cover every action");

const char* kWho[] = {"admin", "moderator", "leader", "member", "outsider"};

} // namespace

class TestAuthPermissions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matrixMatchesPolicy() {
        const Actor people[] = {{1, GlobalRole::Admin}, {2, GlobalRole::Moderator}, {3, GlobalRole::Member},
                                {4, GlobalRole::Member}, {5, GlobalRole::Member}};
        const BandRole inBand[] = {BandRole::None, BandRole::None, BandRole::Leader, BandRole::Member, BandRole::None};
        int checked = 0;
        for (const Row& row : kMatrix) {
            for (int who = 0; who < 5; ++who) {
                const Decision d = Permissions::allows(people[who], row.action, inBand[who]);
                const bool expected = row.expected[who] == 'Y';
                QVERIFY2(d.allowed == expected, qPrintable(QStringLiteral("%1 by %2: expected %3")
                                                               .arg(Permissions::actionName(row.action),
                                                                    QLatin1String(kWho[who]),
                                                                    expected ? QStringLiteral("allowed") : QStringLiteral("refused"))));
                if (!d.allowed) QVERIFY2(!d.reason.isEmpty() && d.reason.endsWith(QLatin1Char('.')), qPrintable(d.reason));
                ++checked;
            }
        }
        QCOMPARE(checked, kActionCount * 5);
    }

    void anonymousMayOnlyRegister() {
        for (int a = 0; a < kActionCount; ++a) {
            const auto action = static_cast<Action>(a);
            const Decision d = Permissions::allows(Actor::anonymous(), action, BandRole::None);
            QCOMPARE(d.allowed, action == Action::Register);
        }
    }

    void adminInsideTheBandMayDoPersonalActs() {
        const Actor admin{1, GlobalRole::Admin};
        QVERIFY(Permissions::allows(admin, Action::Vote, BandRole::Member));
        QVERIFY(!Permissions::allows(admin, Action::Vote, BandRole::None));
    }

    void refusalSaysWhoMay() {
        const Decision d = Permissions::allows({4, GlobalRole::Member}, Action::RotateInviteCode, BandRole::Member);
        QCOMPARE(d.reason, QStringLiteral("Only the band's leader can change the band's invite code."));
    }

    // The same table, asked the way repositories ask: roles read from a real database.
    void repositoriesSeeTheSameMatrix() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        const Actor people[] = {rig.admin, rig.moderator, rig.leader, rig.member, rig.outsider};
        for (const Row& row : kMatrix)
            for (int who = 0; who < 5; ++who) {
                Status s = AccessCheck::require(*rig.db, people[who], row.action, rig.band);
                QVERIFY2(s.ok() == (row.expected[who] == 'Y'),
                         qPrintable(Permissions::actionName(row.action) + QLatin1Char('/') + QLatin1String(kWho[who])));
                if (!s.ok()) QCOMPARE(s.error().kind, Error::Kind::Denied);
            }
    }

    void roleChangesInTheDatabaseWinOverAStaleActor() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        // The member's Actor still says Member; promote them to leader in the band: allowed now.
        QVERIFY(!AccessCheck::require(*rig.db, rig.member, Action::RotateInviteCode, rig.band).ok());
        QVERIFY(BandRepository(*rig.db).setMemberRole(rig.leader, rig.band, rig.member.userId, BandRole::Leader).ok());
        QVERIFY(AccessCheck::require(*rig.db, rig.member, Action::RotateInviteCode, rig.band).ok());
        // A stale Actor that claims admin gets only what the database says.
        const Actor forged{rig.outsider.userId, GlobalRole::Admin};
        QVERIFY(!AccessCheck::require(*rig.db, forged, Action::ManageUsers).ok());
        // A disabled account can do nothing.
        QVERIFY(UserRepository(*rig.db).setDisabled(rig.admin, rig.member.userId, true).ok());
        Status s = AccessCheck::require(*rig.db, rig.member, Action::AddSong, rig.band);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("Your account is disabled."));
    }
};

QTEST_GUILESS_MAIN(TestAuthPermissions)
#include "test_auth_permissions.moc"
