#include "ui/web/SessionsDialog.h"

#include "store/SessionRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/RecordTables.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace oscalis::ui {

namespace {
enum Column { Who, Device, SignedIn, LastSeen, Expires, ColumnCount };
constexpr int kSessionRole = Qt::UserRole;

QString localTime(const QString& utc) {
    return QDateTime::fromString(utc, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

SessionsDialog::SessionsDialog(band::BandContext& context, QWidget* parent)
    : QDialog(parent), m_context(context) {
    setObjectName(QStringLiteral("sessionsDialog"));
    setWindowTitle(tr("Signed-in browsers"));
    resize(820, 420);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(20, 16, 20, 14);
    column->setSpacing(10);
    auto* heading = new QLabel(tr("Signed-in browsers"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    auto* intro = new QLabel(
        context.allows(auth::Action::ManageUsers)
            ? tr("Every browser signed in to Oscalis, for every account. Ending a session signs "
                 "that browser out at once: a lost phone, a borrowed laptop.")
            : tr("The browsers where you are signed in. Ending a session signs that browser out "
                 "at once: a lost phone, a borrowed laptop."),
        this);
    intro->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("sessionsHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("background: #22303c; border: 1px solid #35506a; "
                                         "border-radius: 6px; padding: 10px; font-size: 11pt;"));
    m_hint->setVisible(false);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Who"), tr("Device"), tr("Signed in"), tr("Last seen"), tr("Expires")});
    band::makeRecordTable(*m_table);
    m_table->setTabKeyNavigation(false); // Tab moves on to the buttons
    m_table->horizontalHeader()->setSectionResizeMode(Who, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Device, QHeaderView::Stretch);
    for (int c : {SignedIn, LastSeen, Expires})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sessionsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #ff6b6b; font-weight: 600;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_end = buttons->addButton(tr("End session"), QDialogButtonBox::ActionRole);
    m_end->setObjectName(QStringLiteral("endSessionButton"));
    m_end->setAutoDefault(false);
    QPushButton* refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("refreshSessionsButton"));
    refresh->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_end, &QPushButton::clicked, this, &SessionsDialog::endSelected);
    connect(refresh, &QPushButton::clicked, this, &SessionsDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_end->setEnabled(selectedSession() != 0); });

    column->addWidget(heading);
    column->addWidget(intro);
    column->addWidget(m_hint);
    column->addWidget(m_table, 1);
    column->addWidget(m_error);
    column->addWidget(buttons);
    reload();
}

QString SessionsDialog::errorText() const {
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString SessionsDialog::hintText() const {
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

void SessionsDialog::reload() {
    const qint64 keep = selectedSession();
    m_table->setRowCount(0);
    auto sessions = store::SessionRepository(m_context.db())
                        .listActive(m_context.actor(), QDateTime::currentDateTimeUtc());
    showError(sessions.ok() ? QString() : band::BandContext::describe(sessions.error()));
    if (sessions.ok()) {
        for (const auto& listed : sessions.value()) {
            const store::Session& s = listed.session;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QString name =
                listed.displayName.isEmpty() ? listed.username : listed.displayName;
            const QString cells[] = {tr("%1 (%2)").arg(name, listed.username),
                                     s.device.isEmpty() ? tr("unknown device") : s.device,
                                     localTime(s.createdAt), localTime(s.lastSeen),
                                     localTime(s.expiresAt)};
            for (int c = 0; c < ColumnCount; ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
            m_table->item(row, 0)->setData(kSessionRole, s.id);
            if (s.id == keep)
                m_table->selectRow(row);
        }
    }
    m_hint->setText(m_table->rowCount() == 0 && sessions.ok()
                        ? tr("No browser is signed in. Bandmates sign in from the addresses "
                             "shown in Oscalis → Invite bandmates…")
                        : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_end->setEnabled(selectedSession() != 0);
}

qint64 SessionsDialog::selectedSession() const {
    return band::selectedRecord(*m_table, kSessionRole).toLongLong();
}

void SessionsDialog::endSelected() {
    const qint64 session = selectedSession();
    if (!session)
        return;
    const store::Status ended =
        store::SessionRepository(m_context.db())
            .revoke(m_context.actor(), session, QDateTime::currentDateTimeUtc());
    const int row = m_table->currentRow();
    reload();
    if (!ended.ok()) {
        showError(band::BandContext::describe(ended.error()));
        return;
    }
    Q_EMIT sessionEnded(session);
    // The next session takes the ended one's place, selected: the keyboard can go on from there.
    if (m_table->rowCount() > 0)
        m_table->selectRow(std::min(row, m_table->rowCount() - 1));
}

void SessionsDialog::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace oscalis::ui
