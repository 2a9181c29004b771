#include "ui/band/SongsPage.h"

#include "store/SongCsvImport.h"
#include "store/SongRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/Durations.h"
#include "ui/band/RecordTables.h"
#include "ui/band/SongDialog.h"
#include "ui/band/SongImportDialog.h"
#include "ui/band/SuggestionsPanel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oscalis::ui::band {

namespace {
enum Column { Title, Artist, Key, Tempo, Duration, Region, ColumnCount };
}

SongsPage::SongsPage(BandContext& context, QWidget* parent)
    : BandPage(context, tr("Songs"), parent) {
    setObjectName(QStringLiteral("songsPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("songSearch"));
    m_search->setPlaceholderText(tr("Search by title or artist…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_add = new QPushButton(tr("Add a song…"), this);
    m_add->setObjectName(QStringLiteral("addSongButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editSongButton"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteSongButton"));
    actions()->addWidget(m_search);
    actions()->addWidget(m_add);
    actions()->addWidget(m_edit);
    actions()->addWidget(m_delete);
    m_import = new QPushButton(tr("Import from CSV…"), this);
    m_import->setObjectName(QStringLiteral("importSongsButton"));
    m_import->setToolTip(tr("Add many songs at once from a spreadsheet saved as CSV, with a "
                            "first line naming the columns: title, artist, key, tempo, duration, "
                            "notes."));
    actions()->addWidget(m_import);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("songTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Title"), tr("Artist"), tr("Key"), tr("Tempo"), tr("Duration"), tr("REAPER region")});
    makeRecordTable(*m_table);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Artist, QHeaderView::Stretch);
    for (int column : {int(Key), int(Tempo), int(Duration), int(Region)}) // short: titles get room
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_previous = new QPushButton(tr("◀ Previous"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("songPageLabel"));
    auto* pager = new QHBoxLayout;
    pager->addWidget(m_pageLabel);
    pager->addStretch(1);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    auto* songs = new QWidget(this);
    auto* songColumn = new QVBoxLayout(songs);
    songColumn->setContentsMargins(0, 0, 0, 0);
    songColumn->addWidget(m_table, 1);
    songColumn->addLayout(pager);

    m_suggestions = new SuggestionsPanel(
        context, [this](const store::Status& s) { return report(s); }, this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(songs);
    split->addWidget(m_suggestions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    body()->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_offset = 0;
        reload();
    });
    connect(m_add, &QPushButton::clicked, this, &SongsPage::addSong);
    connect(m_edit, &QPushButton::clicked, this, &SongsPage::editSong);
    connect(m_delete, &QPushButton::clicked, this, &SongsPage::deleteSong);
    connect(m_import, &QPushButton::clicked, this, &SongsPage::importCsv);
    connect(m_next, &QPushButton::clicked, this, &SongsPage::nextPage);
    connect(m_previous, &QPushButton::clicked, this, &SongsPage::previousPage);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SongsPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SongsPage::editSong);
    reload();
}

QString SongsPage::pageText() const {
    return m_pageLabel->text();
}

void SongsPage::reload() {
    m_table->setRowCount(0);
    m_total = 0;
    if (context().bandId()) {
        store::SongRepository repo(context().db());
        auto page =
            repo.search(context().bandId(), m_search->text().trimmed(), m_offset, kPageSize);
        if (!page.ok()) {
            showError(BandContext::describe(page.error()));
        } else {
            m_total = page->total;
            for (const store::Song& s : page->items) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const QString cells[] = {s.title,
                                         s.artist,
                                         s.musicalKey,
                                         s.tempoBpm ? QString::number(*s.tempoBpm) : QString(),
                                         s.durationS ? formatDuration(*s.durationS) : QString(),
                                         s.reaperRegion};
                for (int c = 0; c < ColumnCount; ++c)
                    m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
                m_table->item(row, 0)->setData(Qt::UserRole, s.id);
            }
        }
    }
    const bool searching = !m_search->text().trimmed().isEmpty();
    if (!context().bandId())
        setHint(tr("Open a band first: create yours or join one with its invite code (the "
                   "band menu at the top)."));
    else if (m_total == 0 && !searching)
        setHint(tr("No songs yet. Add the songs you play with “Add a song…” or all at once with "
                   "“Import from CSV…”, or suggest one on the right for the band to vote on."));
    else
        setHint({});
    if (m_total == 0)
        m_pageLabel->setText(searching ? tr("No song matches “%1”.").arg(m_search->text().trimmed())
                                       : QString());
    else
        m_pageLabel->setText(tr("Songs %1–%2 of %3")
                                 .arg(m_offset + 1)
                                 .arg(m_offset + m_table->rowCount())
                                 .arg(m_total));
    m_previous->setVisible(m_total > kPageSize);
    m_next->setVisible(m_total > kPageSize);
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + kPageSize < m_total);
    m_suggestions->reload();
    updateButtons();
}

qint64 SongsPage::selectedId() const {
    return selectedRecord(*m_table).toLongLong();
}

void SongsPage::updateButtons() {
    m_search->setEnabled(context().bandId() != 0);
    m_add->setEnabled(context().bandId() && context().allows(auth::Action::AddSong));
    m_import->setEnabled(m_add->isEnabled());
    m_edit->setEnabled(selectedId() && context().allows(auth::Action::EditSong));
    m_delete->setEnabled(selectedId() && context().allows(auth::Action::DeleteSong));
}

store::Status SongsPage::saveSong(const store::Song& song) {
    store::SongRepository repo(context().db());
    if (song.id) {
        if (auto s = repo.update(context().actor(), song); !s.ok())
            return s;
    } else if (auto added = repo.add(context().actor(), song); !added.ok()) {
        return added.error();
    }
    report({});
    return {};
}

void SongsPage::addSong() {
    store::Song draft;
    draft.bandId = context().bandId();
    auto* dialog = new SongDialog(
        draft, [this](const store::Song& s) { return saveSong(s); }, this, &context());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SongsPage::editSong() {
    store::SongRepository repo(context().db());
    auto song = repo.find(selectedId());
    if (!song.ok() || !context().allows(auth::Action::EditSong))
        return;
    auto* dialog = new SongDialog(
        song.value(), [this](const store::Song& s) { return saveSong(s); }, this, &context());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SongsPage::deleteSong() {
    const qint64 id = selectedId();
    if (!id)
        return;
    const QString title = m_table->item(m_table->currentRow(), Title)->text();
    if (QMessageBox::question(
            this, tr("Delete the song"),
            tr("Delete “%1” from the band's songs? It also leaves every setlist.").arg(title)) !=
        QMessageBox::Yes)
        return;
    store::SongRepository repo(context().db());
    report(repo.remove(context().actor(), id));
}

void SongsPage::importCsv() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import songs from a CSV file"), folder,
                                     tr("Song lists (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty())
        importFile(file);
}

bool SongsPage::importFile(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(tr("The file %1 could not be read: %2")
                      .arg(QDir::toNativeSeparators(file), in.errorString()));
        return false;
    }
    // One byte more than allowed is enough for the store to say the file is too large.
    QByteArray csv = in.read(store::SongCsvImport::kMaxBytes + 1);
    auto preview = store::SongCsvImport::preview(context().bandId(), csv);
    if (!preview.ok()) {
        showError(
            tr("%1: %2").arg(QFileInfo(file).fileName(), BandContext::describe(preview.error())));
        return false;
    }
    showError({});
    auto* dialog = new SongImportDialog(context(), QFileInfo(file).fileName(), std::move(csv),
                                        preview.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_search->clear();
        report({});
    });
    dialog->open();
    return true;
}

void SongsPage::nextPage() {
    m_offset += kPageSize;
    reload();
}

void SongsPage::previousPage() {
    m_offset = std::max(0, m_offset - kPageSize);
    reload();
}

} // namespace oscalis::ui::band
