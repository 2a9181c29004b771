#include "ui/band/PlayedListDialog.h"

#include "ui/band/Durations.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oscalis::ui::band {

PlayedListDialog::PlayedListDialog(const QString& gigName,
                                   const std::vector<store::SetlistItem>& items, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("playedListDialog"));
    setWindowTitle(tr("Played at %1").arg(gigName));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("playedTable"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Song"), tr("Played")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setShowGrid(false);

    qint64 total = 0;
    QStringList skipped;
    int number = 0;
    for (const store::SetlistItem& item : items) {
        if (!item.songId)
            continue;
        if (!item.playedSeconds) {
            skipped << item.songTitle;
            continue;
        }
        total += *item.playedSeconds;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString cells[] = {QString::number(++number), item.songTitle,
                                 formatDuration(*item.playedSeconds)};
        for (int c = 0; c < 3; ++c) {
            auto* cell = new QTableWidgetItem(cells[c]);
            if (c != 1)
                cell->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, c, cell);
        }
    }

    auto* column = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Played at %1").arg(gigName), this);
    heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    column->addWidget(heading);
    column->addWidget(m_table, 1);
    auto* summary =
        new QLabel(tr("%n song(s), %1 in all.", nullptr, number).arg(formatDuration(total)), this);
    summary->setObjectName(QStringLiteral("playedSummary"));
    summary->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: 600;"));
    column->addWidget(summary);
    if (!skipped.isEmpty()) {
        auto* notPlayed =
            new QLabel(tr("Not played: %1.").arg(skipped.join(QStringLiteral(", "))), this);
        notPlayed->setObjectName(QStringLiteral("notPlayed"));
        notPlayed->setWordWrap(true);
        notPlayed->setStyleSheet(QStringLiteral("color: #9aa4ae;"));
        column->addWidget(notPlayed);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    column->addWidget(buttons);
    resize(440, 420);
}

} // namespace oscalis::ui::band
