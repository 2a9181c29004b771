#include "ui/band/MembersPage.h"

#include "auth/AccountService.h"
#include "store/BandRepository.h"
#include "store/SettingsRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/MemberDialog.h"
#include "ui/band/RecordTables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oscalis::ui::band {

namespace {
enum Column { Name, Nickname, Instrument, Role, Status, ColumnCount };
constexpr int kUserRole = Qt::UserRole;
constexpr int kLeaderRole = Qt::UserRole + 1;
constexpr int kActiveRole = Qt::UserRole + 2;

QString statusText(store::Membership::Status s) {
    switch (s) {
    case store::Membership::Status::Invited:
        return MembersPage::tr("invited");
    case store::Membership::Status::Active:
        return MembersPage::tr("active");
    case store::Membership::Status::Left:
        return MembersPage::tr("left");
    }
    return {};
}
} // namespace

MembersPage::MembersPage(BandContext& context, QWidget* parent)
    : BandPage(context, tr("Members"), parent) {
    setObjectName(QStringLiteral("membersPage"));
    auto* codeBox = new QWidget(this);
    codeBox->setObjectName(QStringLiteral("inviteBox"));
    codeBox->setStyleSheet(QStringLiteral(
        "#inviteBox { background: #1d2630; border: 1px solid #35506a; border-radius: 8px; }"));
    auto* codeRow = new QHBoxLayout(codeBox);
    auto* codeText = new QLabel(tr("Invite code\nGive it to a bandmate: they type it when they "
                                   "create their account or in “Join a band”."),
                                codeBox);
    codeText->setWordWrap(true); // room for longer words in other languages
    codeText->setStyleSheet(QStringLiteral("color: #9aa4ae;"));
    m_code = new QLabel(codeBox);
    m_code->setObjectName(QStringLiteral("inviteCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setStyleSheet(QStringLiteral("font-family: 'DejaVu Sans Mono', monospace; "
                                         "font-size: 30pt; font-weight: 700; letter-spacing: 4px; "
                                         "color: #f5f7fa; padding: 4px 16px;"));
    m_rotate = new QPushButton(tr("Rotate"), codeBox);
    m_rotate->setObjectName(QStringLiteral("rotateInviteButton"));
    m_rotate->setToolTip(tr("Make a new code; the old one stops working at once."));
    auto* invite = new QPushButton(tr("Invite bandmates…"), codeBox);
    invite->setObjectName(QStringLiteral("inviteBandmatesButton"));
    invite->setToolTip(tr("The addresses and QR codes bandmates use to join from a browser."));
    codeRow->addWidget(m_code);
    codeRow->addWidget(codeText, 1);
    codeRow->addWidget(invite);
    codeRow->addWidget(m_rotate);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Nickname"), tr("Instrument"), tr("Role"), tr("Status")});
    makeRecordTable(*m_table);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Instrument, QHeaderView::Stretch);

    m_edit = new QPushButton(tr("Nickname and instrument…"), this);
    m_edit->setObjectName(QStringLiteral("editMemberButton"));
    m_role = new QPushButton(tr("Make leader"), this);
    m_role->setObjectName(QStringLiteral("memberRoleButton"));
    m_remove = new QPushButton(tr("Remove from the band"), this);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_reset = new QPushButton(tr("Reset password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_remote = new QComboBox(this);
    m_remote->setObjectName(QStringLiteral("remoteAccessChoice"));
    using Access = store::BandSettings::RemoteAccess;
    m_remote->addItem(tr("nobody"), int(Access::Nobody));
    m_remote->addItem(tr("leaders"), int(Access::Leaders));
    m_remote->addItem(tr("all members"), int(Access::Members));
    auto* remoteLabel = new QLabel(tr("Who may use the browser remote:"), this);
    remoteLabel->setBuddy(m_remote);
    remoteLabel->setToolTip(tr("Who may play, stop and mix REAPER from a browser. A change "
                               "applies when their browser next connects."));
    m_remote->setToolTip(remoteLabel->toolTip());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_role);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(remoteLabel);
    buttons->addWidget(m_remote);

    body()->addWidget(codeBox);
    body()->addWidget(m_table, 1);
    body()->addLayout(buttons);

    connect(m_rotate, &QPushButton::clicked, this, &MembersPage::rotateCode);
    connect(invite, &QPushButton::clicked, this, &MembersPage::inviteBandmatesRequested);
    connect(m_edit, &QPushButton::clicked, this, &MembersPage::editMember);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &MembersPage::editMember);
    connect(m_role, &QPushButton::clicked, this, &MembersPage::toggleRole);
    connect(m_remove, &QPushButton::clicked, this, &MembersPage::removeMember);
    connect(m_reset, &QPushButton::clicked, this, &MembersPage::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersPage::updateButtons);
    connect(m_remote, &QComboBox::activated, this, &MembersPage::saveRemoteAccess);
    reload();
}

QString MembersPage::inviteCode() const {
    return m_code->text();
}

void MembersPage::reload() {
    const qint64 keep = selectedUser();
    m_table->setRowCount(0);
    m_code->setText(context().band().inviteCode);
    if (context().bandId()) {
        auto members = store::BandRepository(context().db()).members(context().bandId());
        if (members.ok()) {
            for (const store::Membership& m : members.value()) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const bool leader = m.role == auth::BandRole::Leader;
                const QString name = m.displayName.isEmpty() ? m.username : m.displayName;
                const QString cells[] = {tr("%1 (%2)").arg(name, m.username), m.nickname,
                                         m.instrument, leader ? tr("leader") : tr("member"),
                                         statusText(m.status)};
                for (int c = 0; c < ColumnCount; ++c)
                    m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
                m_table->item(row, 0)->setData(kUserRole, m.userId);
                m_table->item(row, 0)->setData(kLeaderRole, leader);
                m_table->item(row, 0)->setData(kActiveRole,
                                               m.status == store::Membership::Status::Active);
                if (m.userId == keep)
                    m_table->selectRow(row);
            }
        }
    }
    if (!context().bandId())
        setHint(tr("Open a band first: create yours or join one with its invite code."));
    else if (m_table->rowCount() <= 1)
        setHint(tr("You are the only member so far. Give the invite code below to your "
                   "bandmates: they join with it from their own account."));
    else
        setHint({});
    if (context().bandId()) {
        auto settings = store::SettingsRepository(context().db()).get(context().bandId());
        const QSignalBlocker quiet(m_remote);
        if (settings.ok())
            m_remote->setCurrentIndex(m_remote->findData(int(settings->remoteAccess)));
    }
    updateButtons();
}

qint64 MembersPage::selectedUser() const {
    return selectedRecord(*m_table, kUserRole).toLongLong();
}

void MembersPage::updateButtons() {
    const bool leader = selectedRecord(*m_table, kLeaderRole).toBool();
    const bool active = selectedRecord(*m_table, kActiveRole).toBool();
    const qint64 user = selectedUser();
    const bool any = user != 0;
    const bool self = user == context().actor().userId;
    m_rotate->setVisible(context().bandId() != 0);
    m_rotate->setEnabled(context().allows(auth::Action::RotateInviteCode));
    m_edit->setEnabled(active && mayEdit(user));
    m_edit->setText(self ? tr("Your nickname and instrument…") : tr("Nickname and instrument…"));
    m_role->setText(leader ? tr("Make member") : tr("Make leader"));
    m_role->setEnabled(active && context().allows(auth::Action::ChangeMemberRole));
    m_remove->setText(self ? tr("Leave the band") : tr("Remove from the band"));
    m_remove->setEnabled(active && (self || context().allows(auth::Action::RemoveMember)));
    m_reset->setVisible(context().allows(auth::Action::ResetPassword));
    m_reset->setEnabled(any && !self);
    m_remote->setEnabled(context().allows(auth::Action::EditBandSettings));
}

void MembersPage::saveRemoteAccess(int index) {
    store::SettingsRepository repository(context().db());
    auto settings = repository.get(context().bandId());
    if (!settings.ok()) {
        showError(BandContext::describe(settings.error()));
        return;
    }
    store::BandSettings changed = *settings;
    changed.remoteAccess = store::BandSettings::RemoteAccess(m_remote->itemData(index).toInt());
    if (changed.remoteAccess == settings->remoteAccess)
        return;
    if (!report(repository.update(context().actor(), changed))) {
        const QSignalBlocker quiet(m_remote); // show what is really saved
        m_remote->setCurrentIndex(m_remote->findData(int(settings->remoteAccess)));
    }
}

bool MembersPage::mayEdit(qint64 userId) const {
    if (!userId)
        return false;
    // The same rule as BandRepository::updateMember: one's own, or anyone's with EditBand.
    return context().allows(userId == context().actor().userId ? auth::Action::EditOwnMembership
                                                               : auth::Action::EditBand);
}

void MembersPage::editMember() {
    const qint64 user = selectedUser();
    if (!mayEdit(user))
        return;
    auto member = store::BandRepository(context().db()).membership(context().bandId(), user);
    if (!member.ok()) {
        showError(BandContext::describe(member.error()));
        return;
    }
    auto* dialog = new MemberDialog(context(), member.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { report({}); });
    dialog->open();
}

void MembersPage::rotateCode() {
    auto code = store::BandRepository(context().db())
                    .rotateInviteCode(context().actor(), context().bandId());
    if (!code.ok()) {
        showError(BandContext::describe(code.error()));
        return;
    }
    context().reload(); // the band (and its code) is read again, every page refreshes
    showError({});
}

void MembersPage::toggleRole() {
    const QVariant leader = selectedRecord(*m_table, kLeaderRole);
    if (!leader.isValid())
        return;
    const auto status =
        store::BandRepository(context().db())
            .setMemberRole(context().actor(), context().bandId(), selectedUser(),
                           leader.toBool() ? auth::BandRole::Member : auth::BandRole::Leader);
    if (report(status))
        context().reload(); // our own role may have changed
}

void MembersPage::removeMember() {
    const qint64 user = selectedUser();
    if (!user)
        return;
    const bool self = user == context().actor().userId;
    if (QMessageBox::question(this, tr("Members"),
                              self ? tr("Leave this band?")
                                   : tr("Remove this member from the band? They can come back "
                                        "with the invite code.")) != QMessageBox::Yes)
        return;
    if (report(store::BandRepository(context().db())
                   .removeMember(context().actor(), context().bandId(), user)) &&
        self)
        context().reload();
}

void MembersPage::resetPassword() {
    const qint64 user = selectedUser();
    if (!user)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"),
        tr("New password for this member (tell it to them; they can change it later):"),
        QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return;
    if (report(context().accounts().resetPassword(context().actor(), user, password)))
        QMessageBox::information(this, tr("Reset password"), tr("The password was changed."));
}

} // namespace oscalis::ui::band
