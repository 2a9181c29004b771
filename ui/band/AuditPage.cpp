#include "ui/band/AuditPage.h"

#include "store/AuditRepository.h"
#include "store/BandRepository.h"
#include "ui/band/AuditText.h"
#include "ui/band/BandContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

#include <map>

namespace oscalis::ui::band {

namespace {
enum Column { When, Who, Action, Target, Details, ColumnCount };
const QDate kAnyDate(2000, 1, 1);

QDateEdit* dateFilter(QWidget* parent, const char* name) {
    auto* edit = new QDateEdit(kAnyDate, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(AuditPage::tr("any day"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

AuditPage::AuditPage(BandContext& context, QWidget* parent)
    : BandPage(context, tr("Activity log"), parent) {
    setObjectName(QStringLiteral("auditPage"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("auditMember"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    // No inline completion: "song." must stay "song.", not become "song.add" while typing.
    m_action->setCompleter(nullptr);
    m_action->setMinimumWidth(240);
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_action->lineEdit()->setClearButtonEnabled(true);
    m_action->setToolTip(tr("Pick an action, or type the start of some (\"song.\" shows every "
                            "change to the songs)."));
    m_from = dateFilter(this, "auditFrom");
    m_to = dateFilter(this, "auditTo");
    actions()->addWidget(new QLabel(tr("Who"), this));
    actions()->addWidget(m_member);
    actions()->addWidget(m_action);
    actions()->addWidget(new QLabel(tr("From"), this));
    actions()->addWidget(m_from);
    actions()->addWidget(new QLabel(tr("to"), this));
    actions()->addWidget(m_to);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("What"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(Details, QHeaderView::Stretch);
    m_pageLabel = new QLabel(this);
    m_previous = new QPushButton(tr("◀ Newer"), this);
    m_next = new QPushButton(tr("Older ▶"), this);
    auto* pager = new QHBoxLayout;
    pager->addWidget(m_pageLabel);
    pager->addStretch(1);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    body()->addWidget(m_table, 1);
    body()->addLayout(pager);

    const auto restart = [this] {
        m_offset = 0;
        reload();
    };
    connect(m_member, &QComboBox::currentIndexChanged, this, restart);
    connect(m_action, &QComboBox::currentTextChanged, this, restart);
    connect(m_from, &QDateEdit::dateChanged, this, restart);
    connect(m_to, &QDateEdit::dateChanged, this, restart);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_offset = std::max(0, m_offset - kPageSize);
        reload();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_offset += kPageSize;
        reload();
    });
    reload();
}

void AuditPage::fillMembers() {
    if (m_membersOf == context().bandId())
        return;
    m_membersOf = context().bandId();
    const QSignalBlocker quiet(m_member);
    m_member->clear();
    m_member->addItem(tr("Everyone"), 0);
    if (!context().bandId())
        return;
    auto members = store::BandRepository(context().db()).members(context().bandId());
    if (members.ok())
        for (const store::Membership& m : members.value())
            m_member->addItem(m.displayName.isEmpty() ? m.username : m.displayName, m.userId);
}

QLineEdit* AuditPage::actionFilter() const {
    return m_action->lineEdit();
}

void AuditPage::fillActions() {
    if (!context().bandId() || !context().allows(auth::Action::ViewAudit))
        return;
    auto known =
        store::AuditRepository(context().db()).actions(context().actor(), context().bandId());
    if (!known.ok())
        return;
    QStringList items{QString()};
    items << known.value();
    QStringList now;
    for (int i = 0; i < m_action->count(); ++i)
        now << m_action->itemData(i).toString();
    if (now == items)
        return;
    // Rebuilding the list must not change what is typed, nor restart the page.
    const QSignalBlocker quiet(m_action);
    const QString typed = m_action->currentText();
    m_action->clear();
    m_action->addItem(QString(), QString());
    for (const QString& key : known.value()) {
        m_action->addItem(AuditText::action(key), key);
        m_action->setItemData(m_action->count() - 1, key, Qt::ToolTipRole);
    }
    m_action->setCurrentIndex(-1);
    m_action->setEditText(typed);
}

void AuditPage::reload() {
    fillMembers();
    fillActions();
    m_table->setRowCount(0);
    m_pageLabel->clear();
    if (!context().bandId() || !context().allows(auth::Action::ViewAudit)) {
        setHint(context().bandId() ? tr("Only the band's leaders can read its activity log.")
                                   : tr("Open a band first."));
        return;
    }
    store::AuditFilter filter;
    filter.bandId = context().bandId();
    if (const qint64 user = m_member->currentData().toLongLong())
        filter.userId = user;
    // One of the listed actions (by its label) means exactly it; anything else typed is the
    // start of some actions' keys ("song." → song.add, song.edit…).
    const QString typed = m_action->currentText().trimmed();
    const int listed = m_action->findText(typed, Qt::MatchExactly | Qt::MatchCaseSensitive);
    filter.action = listed > 0 ? m_action->itemData(listed).toString() : typed;
    filter.actionPrefix = listed <= 0;
    if (m_from->date() > kAnyDate)
        filter.from = m_from->date().startOfDay().toUTC().toString(Qt::ISODateWithMs);
    if (m_to->date() > kAnyDate)
        filter.to = m_to->date().addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs);
    filter.offset = m_offset;
    filter.limit = kPageSize;
    auto page = store::AuditRepository(context().db()).query(context().actor(), filter);
    if (!page.ok()) {
        showError(BandContext::describe(page.error()));
        return;
    }
    std::map<qint64, QString> members;
    for (int i = 1; i < m_member->count(); ++i)
        members[m_member->itemData(i).toLongLong()] = m_member->itemText(i);
    QStringList refs;
    for (const store::AuditEntry& e : page->items)
        refs << AuditText::references(e);
    // Names make the log readable; without them it still shows what was logged.
    auto found =
        store::AuditRepository(context().db()).names(context().actor(), context().bandId(), refs);
    const QHash<QString, QString> names = found.ok() ? found.value() : QHash<QString, QString>();
    for (const store::AuditEntry& e : page->items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        const QString who = !e.userId                  ? tr("(nobody)")
                            : members.count(*e.userId) ? members[*e.userId]
                                                       : tr("user %1").arg(*e.userId);
        const QString details = AuditText::details(e, names);
        const QString cells[] = {QLocale().toString(at, QLocale::ShortFormat), who,
                                 AuditText::action(e.action), AuditText::target(e.target, names),
                                 details};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_table->item(row, Action)->setData(Qt::UserRole, e.action);
        m_table->item(row, Action)->setToolTip(e.action);
        m_table->item(row, Target)->setToolTip(e.target);
        m_table->item(row, Details)->setToolTip(details);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Details, QHeaderView::Stretch);
    setHint(page->total == 0 ? tr("Nothing matches these filters.") : QString());
    if (page->total > 0)
        m_pageLabel->setText(tr("Entries %1–%2 of %3")
                                 .arg(m_offset + 1)
                                 .arg(m_offset + m_table->rowCount())
                                 .arg(page->total));
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + kPageSize < page->total);
}

} // namespace oscalis::ui::band
