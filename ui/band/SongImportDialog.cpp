#include "ui/band/SongImportDialog.h"

#include "ui/band/BandContext.h"
#include "ui/band/Durations.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

namespace oscalis::ui::band {

namespace {
enum Column { Line, Title, Artist, Key, Tempo, Duration, ColumnCount };
}

SongImportDialog::SongImportDialog(BandContext& context, const QString& fileName, QByteArray csv,
                                   const store::SongImportPreview& preview, QWidget* parent)
    : FormDialog(tr("Import songs"), parent), m_context(context), m_csv(std::move(csv)) {
    setObjectName(QStringLiteral("songImportDialog"));
    setMinimumSize(720, 520);
    const int count = int(preview.songs.size());
    const int refused = preview.report.rejected;
    QString intro =
        count == 1 ? tr("From %1, 1 song will be added to %2.").arg(fileName, context.band().name)
                   : tr("From %1, %2 songs will be added to %3.")
                         .arg(fileName)
                         .arg(count)
                         .arg(context.band().name);
    if (count == 0)
        intro = tr("Nothing in %1 can be imported.").arg(fileName);
    if (refused > 0)
        intro += QLatin1Char(' ') +
                 (refused == 1 ? tr("1 line is left out: see why below.")
                               : tr("%1 lines are left out: see why below.").arg(refused)) +
                 QLatin1Char(' ') +
                 tr("Correct the file and import those lines again if you need them.");
    setIntro(intro);

    m_songs = new QTableWidget(0, ColumnCount, this);
    m_songs->setObjectName(QStringLiteral("importedSongs"));
    m_songs->setHorizontalHeaderLabels(
        {tr("Line"), tr("Title"), tr("Artist"), tr("Key"), tr("Tempo"), tr("Duration")});
    m_songs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_songs->setSelectionMode(QAbstractItemView::NoSelection);
    m_songs->verticalHeader()->setVisible(false);
    m_songs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_songs->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_songs->horizontalHeader()->setSectionResizeMode(Artist, QHeaderView::Stretch);
    for (std::size_t i = 0; i < preview.songs.size(); ++i) {
        const store::Song& s = preview.songs[i];
        const int row = m_songs->rowCount();
        m_songs->insertRow(row);
        const QString cells[] = {QString::number(preview.lines[i]),
                                 s.title,
                                 s.artist,
                                 s.musicalKey,
                                 s.tempoBpm ? QString::number(*s.tempoBpm) : QString(),
                                 s.durationS ? formatDuration(*s.durationS) : QString()};
        for (int c = 0; c < ColumnCount; ++c)
            m_songs->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_refused = new QListWidget(this);
    m_refused->setObjectName(QStringLiteral("refusedLines"));
    m_refused->setWordWrap(true);
    m_refused->setMaximumHeight(140);
    for (const auto& e : preview.report.errors)
        new QListWidgetItem(e.message, m_refused);

    auto* heading = new QLabel(tr("Songs to add"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    form()->addRow(heading);
    form()->addRow(m_songs);
    if (refused > 0) {
        auto* label = new QLabel(tr("Lines left out"), this);
        label->setStyleSheet(QStringLiteral("color: #f0b429; font-weight: 600;"));
        form()->addRow(label);
        form()->addRow(m_refused);
    } else {
        m_refused->hide();
    }
    okButton()->setText(count == 1 ? tr("Import 1 song") : tr("Import %1 songs").arg(count));
    okButton()->setEnabled(count > 0);
}

store::Status SongImportDialog::submit() {
    store::SongCsvImport import(m_context.db());
    auto done = import.run(m_context.actor(), m_context.bandId(), m_csv);
    if (!done.ok())
        return done.error();
    m_report = done.value();
    return {};
}

} // namespace oscalis::ui::band
