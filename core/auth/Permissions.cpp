#include "auth/Permissions.h"

#include "auth/AuthText.h"

#include <array>

namespace oscalis::auth {

namespace {

using Need = Permissions::Need;

// The whole policy. Admins may moderate and manage anything; moderators may clean up content
// and help people with their accounts; inside a band, leaders organise and members contribute.
// Personal acts (voting, one's own mastery, one's own answer, recording an audio note) need real
// membership even for an admin, so that nobody votes or answers on behalf of a band they are not in.
constexpr std::array<Permissions::Rule, kActionCount> kRules{{
    {Action::Register, Need::Anyone, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "create an account")},
    {Action::CreateBand, Need::Anyone, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "create a band")},
    {Action::EditBand, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "change the band's name or logo")},
    {Action::DeleteBand, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "delete the band")},
    {Action::RotateInviteCode, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "change the band's invite code")},
    {Action::InviteMember, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "invite members")},
    {Action::RemoveMember, Need::BandLeader, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "remove a member")},
    {Action::ChangeMemberRole, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "change a member's role")},
    {Action::EditOwnMembership, Need::BandMember, false, false, QT_TRANSLATE_NOOP("oscalis::auth", "change your nickname or instrument")},
    {Action::EditBandSettings, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "change the band's settings")},
    {Action::ViewBand, Need::BandMember, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "see this band")},
    {Action::AddSong, Need::BandMember, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "add songs")},
    {Action::EditSong, Need::BandMember, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "edit songs")},
    {Action::DeleteSong, Need::BandLeader, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "delete songs")},
    {Action::Suggest, Need::BandMember, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "suggest songs")},
    {Action::DeleteSuggestion, Need::BandLeader, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "delete suggestions")},
    {Action::Vote, Need::BandMember, false, false, QT_TRANSLATE_NOOP("oscalis::auth", "vote")},
    {Action::PromoteSuggestion, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "move a suggestion into the repertoire")},
    {Action::SetOwnMastery, Need::BandMember, false, false, QT_TRANSLATE_NOOP("oscalis::auth", "rate your own mastery")},
    {Action::SetOthersMastery, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "rate another member's mastery")},
    {Action::AddNote, Need::BandMember, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "add notes")},
    {Action::DeleteNote, Need::BandLeader, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "delete notes")},
    {Action::AddAudioNote, Need::BandMember, false, false, QT_TRANSLATE_NOOP("oscalis::auth", "record audio notes")},
    {Action::CreateEvent, Need::BandMember, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "add events to the agenda")},
    {Action::EditEvent, Need::BandLeader, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "edit events")},
    {Action::DeleteEvent, Need::BandLeader, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "delete events")},
    {Action::AnswerOwnEvent, Need::BandMember, false, false, QT_TRANSLATE_NOOP("oscalis::auth", "answer an invitation")},
    {Action::MarkAttendance, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "mark attendance")},
    {Action::CreateGig, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "add gigs")},
    {Action::EditGig, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "edit gigs")},
    {Action::EditSetlist, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "edit setlists")},
    {Action::DeleteGig, Need::BandLeader, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "delete gigs")},
    {Action::ViewAudit, Need::BandLeader, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "read the activity log")},
    {Action::ResetPassword, Need::Staff, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "reset someone's password")},
    {Action::ChangeOwnPassword, Need::Anyone, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "change your password")},
    {Action::ManageUsers, Need::Staff, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "manage user accounts")},
    {Action::ExportData, Need::BandLeader, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "export the band's data")},
    {Action::BackupRestore, Need::Staff, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "back up or restore the database")},
    // Chat is a conversation between the band's members: staff outside the band neither read nor
    // write it, but they (and the band's leaders) may take down someone else's message.
    {Action::ReadChat, Need::BandMember, false, false, QT_TRANSLATE_NOOP("oscalis::auth", "read the band's chat")},
    {Action::PostChat, Need::BandMember, false, false, QT_TRANSLATE_NOOP("oscalis::auth", "write in the band's chat")},
    {Action::CreateChatRoom, Need::BandMember, false, false, QT_TRANSLATE_NOOP("oscalis::auth", "create chat rooms")},
    {Action::DeleteAnyChatMessage, Need::BandLeader, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "delete someone else's chat message")},
    // The studio's live sound is the band's rehearsal: its members hear it, staff outside do not.
    {Action::ListenToStudio, Need::BandMember, false, false, QT_TRANSLATE_NOOP("oscalis::auth", "listen to the studio")},
    {Action::UnlockKiosk, Need::Staff, true, false, QT_TRANSLATE_NOOP("oscalis::auth", "unlock the kiosk")},
    {Action::SetOwnKioskPin, Need::Anyone, true, true, QT_TRANSLATE_NOOP("oscalis::auth", "set your kiosk PIN")},
}};

constexpr bool tableIsInActionOrder() {
    for (int i = 0; i < kActionCount; ++i)
        if (static_cast<int>(kRules[static_cast<std::size_t>(i)].action) != i) return false;
    return true;
}
static_assert(tableIsInActionOrder(), "kRules must list every Action once, in enum order");

constexpr std::array<const char*, kActionCount> kNames{
    "Register", "CreateBand", "EditBand", "DeleteBand", "RotateInviteCode", "InviteMember",
    "RemoveMember", "ChangeMemberRole", "EditOwnMembership", "EditBandSettings", "ViewBand",
    "AddSong", "EditSong", "DeleteSong", "Suggest", "DeleteSuggestion", "Vote",
    "PromoteSuggestion", "SetOwnMastery", "SetOthersMastery", "AddNote", "DeleteNote",
    "AddAudioNote", "CreateEvent", "EditEvent", "DeleteEvent", "AnswerOwnEvent", "MarkAttendance",
    "CreateGig", "EditGig", "EditSetlist", "DeleteGig", "ViewAudit", "ResetPassword",
    "ChangeOwnPassword", "ManageUsers", "ExportData", "BackupRestore",
    "ReadChat", "PostChat", "CreateChatRoom", "DeleteAnyChatMessage", "ListenToStudio",
    "UnlockKiosk", "SetOwnKioskPin"};

} // namespace

const Permissions::Rule& Permissions::rule(Action action) {
    return kRules[static_cast<std::size_t>(action)];
}

QString Permissions::actionName(Action action) {
    return QString::fromLatin1(kNames[static_cast<std::size_t>(action)]);
}

Decision Permissions::allows(const Actor& actor, Action action, BandRole bandRole) {
    const Rule& r = rule(action);
    const QString what = AuthText::tr(r.what);
    if (actor.isAnonymous()) {
        if (action == Action::Register) return Decision::allow();
        return Decision::deny(AuthText::tr("Please sign in to %1.").arg(what));
    }
    if (r.need == Need::Anyone) return Decision::allow();
    if (actor.role == GlobalRole::Admin && r.admin) return Decision::allow();
    if (actor.role == GlobalRole::Moderator && r.moderator) return Decision::allow();
    switch (r.need) {
    case Need::BandMember:
        if (bandRole != BandRole::None) return Decision::allow();
        return Decision::deny(AuthText::tr("Only members of this band can %1.").arg(what));
    case Need::BandLeader:
        if (bandRole == BandRole::Leader) return Decision::allow();
        return Decision::deny(AuthText::tr("Only the band's leader can %1.").arg(what));
    case Need::Staff:
        return Decision::deny(r.moderator
                ? AuthText::tr("Only an administrator or a moderator can %1.").arg(what)
                : AuthText::tr("Only an administrator can %1.").arg(what));
    case Need::Anyone: break;
    }
    return Decision::allow();
}

} // namespace oscalis::auth
