#include "ui/band/SetlistEditor.h"

#include "store/GigRepository.h"
#include "store/SetlistCsv.h"
#include "store/SongRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/Durations.h"
#include "ui/band/SetlistModel.h"
#include "ui/band/SetlistPdf.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace oscalis::ui::band {

SetlistEditor::SetlistEditor(BandContext& context, Report report, QWidget* parent)
    : QWidget(parent), m_context(context), m_report(std::move(report)) {
    m_model = new SetlistModel(context, m_report, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("setlistView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SetlistModel::Title, QHeaderView::Stretch);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);

    m_songs = new QComboBox(this);
    m_songs->setObjectName(QStringLiteral("setlistSongChooser"));
    m_songs->setMinimumWidth(220);
    m_addSong = new QPushButton(tr("Add the song"), this);
    m_addSong->setObjectName(QStringLiteral("addSetlistSong"));
    m_breakMinutes = new QSpinBox(this);
    m_breakMinutes->setObjectName(QStringLiteral("breakMinutes"));
    m_breakMinutes->setRange(1, 240);
    m_breakMinutes->setValue(15);
    m_breakMinutes->setSuffix(tr(" min"));
    m_addBreak = new QPushButton(tr("Add a break"), this);
    m_addBreak->setObjectName(QStringLiteral("addSetlistBreak"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSetlistItem"));
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("setlistTotal"));
    m_total->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_empty = new QLabel(tr("The setlist is empty. Add songs from your repertoire and breaks "
                            "below, then drag the rows into the order you will play them."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #9aa4ae;"));

    auto* adders = new QHBoxLayout;
    adders->addWidget(m_songs, 1);
    adders->addWidget(m_addSong);
    adders->addSpacing(12);
    adders->addWidget(m_breakMinutes);
    adders->addWidget(m_addBreak);
    adders->addSpacing(12);
    adders->addWidget(m_remove);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_total);
    footer->addStretch(1);
    footer->addWidget(m_csv);
    footer->addWidget(m_pdf);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_empty);
    column->addWidget(m_view, 1);
    column->addLayout(adders);
    column->addLayout(footer);

    connect(m_addSong, &QPushButton::clicked, this, &SetlistEditor::addSong);
    connect(m_addBreak, &QPushButton::clicked, this, &SetlistEditor::addBreak);
    connect(m_remove, &QPushButton::clicked, this, &SetlistEditor::removeSelected);
    connect(m_pdf, &QPushButton::clicked, this, [this] { askAndExport(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { askAndExport(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SetlistEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SetlistEditor::updateButtons);
}

void SetlistEditor::setGig(qint64 gigId) {
    m_model->setGig(gigId);
    reload();
}

void SetlistEditor::reload() {
    const QVariant keep = m_songs->currentData();
    m_songs->clear();
    if (m_context.bandId()) {
        auto songs = store::SongRepository(m_context.db()).list(m_context.bandId());
        if (songs.ok())
            for (const store::Song& s : songs.value())
                m_songs->addItem(s.durationS
                                     ? tr("%1 (%2)").arg(s.title, formatDuration(*s.durationS))
                                     : s.title,
                                 s.id);
    }
    if (const int i = m_songs->findData(keep); i >= 0)
        m_songs->setCurrentIndex(i);
    m_model->reload();
}

QString SetlistEditor::totalText() const {
    return m_total->text();
}

void SetlistEditor::updateButtons() {
    const bool gig = m_model->gigId() != 0;
    const bool may = gig && m_context.allows(auth::Action::EditSetlist);
    const bool selected = m_view->selectionModel()->hasSelection();
    m_songs->setEnabled(may && m_songs->count() > 0);
    m_addSong->setEnabled(may && m_songs->count() > 0);
    m_breakMinutes->setEnabled(may);
    m_addBreak->setEnabled(may);
    m_remove->setEnabled(may && selected);
    m_pdf->setEnabled(gig);
    m_csv->setEnabled(gig);
    m_view->setDragEnabled(may);
    m_empty->setVisible(gig && m_model->rowCount() == 0);
    const auto& sheet = m_model->sheet();
    QString total = gig ? tr("Total %1").arg(formatDuration(sheet.totalS)) : QString();
    if (gig && sheet.unknownDurations > 0)
        total += tr("  (%n song(s) without a length)", nullptr, sheet.unknownDurations);
    const bool played = m_model->hasPlayed();
    if (played)
        total += tr(" · played %1").arg(formatDuration(m_model->playedTotalS()));
    m_total->setText(total);
    m_view->setColumnHidden(SetlistModel::Played, !played);
}

void SetlistEditor::addSong() {
    const qint64 song = m_songs->currentData().toLongLong();
    if (!song)
        return;
    auto added =
        store::GigRepository(m_context.db()).insertSong(m_context.actor(), m_model->gigId(), song);
    m_report(added.ok() ? store::Status() : store::Status(added.error()));
}

void SetlistEditor::addBreak() {
    auto added = store::GigRepository(m_context.db())
                     .insertBreak(m_context.actor(), m_model->gigId(), m_breakMinutes->value());
    m_report(added.ok() ? store::Status() : store::Status(added.error()));
}

void SetlistEditor::removeSelected() {
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_report(store::GigRepository(m_context.db())
                 .removeItem(m_context.actor(), m_model->itemId(rows.first().row())));
}

store::Status SetlistEditor::exportPdf(const QString& file) {
    auto sheet = store::SetlistSheet::forGig(m_context.db(), m_model->gigId());
    if (!sheet.ok())
        return sheet.error();
    return SetlistPdf::write(sheet.value(), m_context.band().name, file);
}

store::Status SetlistEditor::exportCsv(const QString& file) {
    auto sheet = store::SetlistSheet::forGig(m_context.db(), m_model->gigId());
    if (!sheet.ok())
        return sheet.error();
    return store::SetlistCsv::write(sheet.value(), file);
}

void SetlistEditor::askAndExport(bool pdf) {
    const QString base =
        m_model->sheet().gigName.isEmpty() ? tr("setlist") : m_model->sheet().gigName;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the setlist as PDF") : tr("Export the setlist as CSV"),
        QDir(folder).filePath(base + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"))),
        pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    const store::Status done = pdf ? exportPdf(file) : exportCsv(file);
    if (!done.ok())
        m_report(done);
}

} // namespace oscalis::ui::band
