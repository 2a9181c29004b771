#pragma once

#include "ui/band/BandPage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace oscalis::ui::band {

/// The band's members (name, nickname, instrument, role, status), the invite code shown big with
/// "Rotate" (leaders), one's own nickname and instrument (anyone's for leaders), change a member's
/// role, remove a member, and (admins) reset a forgotten password; "Invite bandmates…" asks the
/// window for the join QR codes. GUI thread; owned by
/// MainWindow's page stack.
class MembersPage : public BandPage {
    Q_OBJECT
public:
    MembersPage(BandContext& context, QWidget* parent = nullptr);

    /// The invite code as shown ("K7QM4XPA").
    QString inviteCode() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    /// "Invite bandmates…" was clicked: the window opens the panel with the join QR codes.
    void inviteBandmatesRequested();

public Q_SLOTS:
    void reload() override;
    void rotateCode();
    /// Opens the nickname and instrument of the selected member (a double-click does too).
    void editMember();
    /// Leader ↔ member for the selected member.
    void toggleRole();
    void removeMember();
    void resetPassword();

private:
    qint64 selectedUser() const;
    /// Whether the signed-in member may change userId's nickname and instrument.
    bool mayEdit(qint64 userId) const;
    void updateButtons();

    QLabel* m_code = nullptr;
    QPushButton* m_rotate = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace oscalis::ui::band
