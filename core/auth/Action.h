#pragma once

namespace oscalis::auth {

/// Everything a person can ask Oscalis to change or see that is not open to everyone.
/// Permissions decides each one by role; keep this list and the table in Permissions.cpp together.
enum class Action {
    Register,
    CreateBand,
    EditBand,
    DeleteBand,
    RotateInviteCode,
    InviteMember,
    RemoveMember,
    ChangeMemberRole,
    EditOwnMembership,
    EditBandSettings,
    ViewBand,
    AddSong,
    EditSong,
    DeleteSong,
    Suggest,
    DeleteSuggestion,
    Vote,
    PromoteSuggestion,
    SetOwnMastery,
    SetOthersMastery,
    AddNote,
    DeleteNote,
    AddAudioNote,
    CreateEvent,
    EditEvent,
    DeleteEvent,
    AnswerOwnEvent,
    MarkAttendance,
    CreateGig,
    EditGig,
    EditSetlist,
    DeleteGig,
    ViewAudit,
    ResetPassword,
    ChangeOwnPassword,
    ManageUsers,
    ExportData,
    BackupRestore,
    ReadChat,
    PostChat,
    CreateChatRoom,
    DeleteAnyChatMessage,
    ListenToStudio,
    UnlockKiosk,
    SetOwnKioskPin,
};

/// Number of actions, for tests that walk the whole list.
inline constexpr int kActionCount = static_cast<int>(Action::SetOwnKioskPin) + 1;

} // namespace oscalis::auth
