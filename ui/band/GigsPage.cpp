#include "ui/band/GigsPage.h"

#include "store/GigRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/GigDialog.h"
#include "ui/band/RecordTables.h"
#include "ui/band/SetlistEditor.h"
#include "ui/band/StageBar.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oscalis::ui::band {

namespace {
enum Column { Date, Name, Venue, Status, ColumnCount };
}

GigsPage::GigsPage(BandContext& context, QWidget* parent) : BandPage(context, tr("Gigs"), parent) {
    setObjectName(QStringLiteral("gigsPage"));
    m_new = new QPushButton(tr("New gig…"), this);
    m_new->setObjectName(QStringLiteral("newGigButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editGigButton"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteGigButton"));
    actions()->addWidget(m_new);
    actions()->addWidget(m_edit);
    actions()->addWidget(m_delete);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("gigTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Gig"), tr("Venue"), tr("Status")});
    makeRecordTable(*m_table);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);

    auto* right = new QWidget(this);
    auto* rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    m_setlistTitle = new QLabel(this);
    m_setlistTitle->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_setlist = new SetlistEditor(
        context, [this](const store::Status& s) { return report(s); }, this);
    rightColumn->addWidget(m_setlistTitle);
    if (Stage* stage = context.stage()) {
        m_stageBar = new StageBar(context, *stage, *m_setlist, this);
        rightColumn->addWidget(m_stageBar);
    }
    rightColumn->addWidget(m_setlist, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({520, 880});
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(Date, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    body()->addWidget(split, 1);

    connect(m_new, &QPushButton::clicked, this, &GigsPage::newGig);
    connect(m_edit, &QPushButton::clicked, this, &GigsPage::editGig);
    connect(m_delete, &QPushButton::clicked, this, &GigsPage::deleteGig);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GigsPage::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &GigsPage::editGig);
    reload();
}

void GigsPage::reload() {
    const qint64 keep = selectedId();
    m_table->blockSignals(true);
    m_table->setRowCount(0);
    if (context().bandId()) {
        auto gigs = store::GigRepository(context().db()).list(context().bandId());
        if (gigs.ok()) {
            for (const store::Gig& g : gigs.value()) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const QString cells[] = {g.date, g.name, g.venue, gigStatusText(g.status)};
                for (int c = 0; c < ColumnCount; ++c)
                    m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
                m_table->item(row, 0)->setData(Qt::UserRole, g.id);
                if (g.id == keep)
                    m_table->selectRow(row);
            }
        }
    }
    if (!m_table->selectionModel()->hasSelection() && m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_table->blockSignals(false);
    if (!context().bandId())
        setHint(tr("Open a band first: create yours or join one with its invite code."));
    else if (m_table->rowCount() == 0)
        setHint(tr("No gigs yet. Create your next gig with “New gig…”, then build its setlist "
                   "from your songs and print it."));
    else
        setHint({});
    const bool may = context().bandId() && context().allows(auth::Action::CreateGig);
    m_new->setEnabled(may);
    m_edit->setEnabled(selectedId() && context().allows(auth::Action::EditGig));
    m_delete->setEnabled(selectedId() && context().allows(auth::Action::DeleteGig));
    m_shown = -1;
    showSelected();
}

bool GigsPage::selectGig(qint64 gigId) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == gigId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

qint64 GigsPage::selectedId() const {
    return selectedRecord(*m_table).toLongLong();
}

void GigsPage::showSelected() {
    const qint64 id = selectedId();
    m_edit->setEnabled(id && context().allows(auth::Action::EditGig));
    m_delete->setEnabled(id && context().allows(auth::Action::DeleteGig));
    if (id == m_shown)
        return;
    m_shown = id;
    const auto rows = m_table->selectionModel()->selectedRows();
    m_setlistTitle->setText(
        id ? tr("Setlist: %1").arg(m_table->item(rows.first().row(), Name)->text()) : QString());
    m_setlist->setVisible(id != 0);
    m_setlist->setGig(id);
    if (m_stageBar) {
        m_stageBar->setVisible(id != 0);
        m_stageBar->setGig(id, id ? m_table->item(rows.first().row(), Name)->text() : QString());
    }
}

store::Status GigsPage::saveGig(const store::Gig& gig) {
    store::GigRepository repo(context().db());
    qint64 id = gig.id;
    if (gig.id) {
        if (auto s = repo.update(context().actor(), gig); !s.ok())
            return s;
    } else {
        auto made = repo.create(context().actor(), gig);
        if (!made.ok())
            return made.error();
        id = made->id;
    }
    report({});
    selectGig(id);
    return {};
}

void GigsPage::newGig() {
    store::Gig draft;
    draft.bandId = context().bandId();
    auto* dialog = new GigDialog(
        draft, [this](const store::Gig& g) { return saveGig(g); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GigsPage::editGig() {
    auto gig = store::GigRepository(context().db()).find(selectedId());
    if (!gig.ok() || !context().allows(auth::Action::EditGig))
        return;
    auto* dialog = new GigDialog(
        gig.value(), [this](const store::Gig& g) { return saveGig(g); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GigsPage::deleteGig() {
    const qint64 id = selectedId();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Delete the gig"), tr("Delete this gig and its setlist?")) !=
        QMessageBox::Yes)
        return;
    report(store::GigRepository(context().db()).remove(context().actor(), id));
}

} // namespace oscalis::ui::band
