#include "ui/band/SongRehearsalPanel.h"

#include "store/RehearsalRepository.h"
#include "ui/band/AudioNotesPanel.h"
#include "ui/band/BandContext.h"
#include "ui/band/LocalTime.h"
#include "ui/band/RehearsalsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace oscalis::ui::band {

namespace {
QLabel* sectionLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 6px;"));
    return label;
}
} // namespace

SongRehearsalPanel::SongRehearsalPanel(BandContext& context, Report report, QWidget* parent)
    : QWidget(parent), m_context(context), m_report(std::move(report)) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("rehearsalSongTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_title->setTextFormat(Qt::PlainText);

    m_history = new QTableWidget(0, 3, this);
    m_history->setObjectName(QStringLiteral("masteryHistory"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Level")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->verticalHeader()->setVisible(false);
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_notes = new QListWidget(this);
    m_notes->setObjectName(QStringLiteral("songNotes"));
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("e.g. Watch the bridge, bar 32"));
    m_add = new QPushButton(tr("Add the note"), this);
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeNoteButton"));
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_add);
    noteRow->addWidget(m_remove);

    column->addWidget(m_title);
    column->addWidget(sectionLabel(tr("Who is at what level, and since when"), this));
    column->addWidget(m_history, 2);
    column->addWidget(sectionLabel(tr("Notes"), this));
    column->addWidget(m_notes, 3);
    column->addLayout(noteRow);
    m_audio = new AudioNotesPanel(m_context, m_report, this);
    column->addWidget(sectionLabel(tr("Voice notes"), this));
    column->addWidget(m_audio, 3);

    connect(m_add, &QPushButton::clicked, this, &SongRehearsalPanel::addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &SongRehearsalPanel::addNote);
    connect(m_noteEdit, &QLineEdit::textChanged, this, &SongRehearsalPanel::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &SongRehearsalPanel::removeNote);
    connect(m_notes, &QListWidget::currentRowChanged, this, &SongRehearsalPanel::updateButtons);
    setSong(0, {}, {});
}

void SongRehearsalPanel::setSong(qint64 songId, const QString& title,
                                 const QHash<qint64, QString>& names) {
    m_song = songId;
    m_names = names;
    m_title->setText(songId ? title : tr("Select a song to see its history and notes."));
    m_audio->setSong(songId, title, names);
    refresh();
}

void SongRehearsalPanel::refresh() {
    const qint64 keep =
        m_notes->currentItem() ? m_notes->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_history->setRowCount(0);
    m_notes->clear();
    m_history->setEnabled(m_song != 0);
    m_notes->setEnabled(m_song != 0);
    m_noteEdit->setEnabled(m_song != 0 && m_context.allows(auth::Action::AddNote));
    if (m_song) {
        store::RehearsalRepository repo(m_context.db());
        if (auto changes = repo.history(m_song); changes.ok()) {
            auto list = std::move(changes).value();
            std::reverse(list.begin(), list.end()); // newest first reads best
            for (const auto& c : list) {
                const int row = m_history->rowCount();
                m_history->insertRow(row);
                m_history->setItem(row, 0, new QTableWidgetItem(localTime(c.at)));
                m_history->setItem(row, 1, new QTableWidgetItem(c.memberName));
                auto* level = new QTableWidgetItem(QString::number(c.level));
                level->setTextAlignment(Qt::AlignCenter);
                level->setBackground(RehearsalsPage::levelColour(c.level));
                level->setForeground(QColor(0x11, 0x14, 0x18));
                m_history->setItem(row, 2, level);
            }
        }
        if (auto notes = repo.notes(m_song); notes.ok()) {
            for (const auto& n : notes.value()) {
                const QString author = n.userId ? m_names.value(*n.userId, tr("a former member"))
                                                : tr("a former member");
                auto* item = new QListWidgetItem(
                    tr("%1\n— %2, %3").arg(n.body, author, localTime(n.createdAt)), m_notes);
                item->setData(Qt::UserRole, n.id);
                item->setData(Qt::UserRole + 1, n.userId.value_or(0));
                if (n.id == keep)
                    m_notes->setCurrentItem(item);
            }
        }
        if (m_notes->count() == 0) {
            auto* empty = new QListWidgetItem(tr("No notes yet for this song."), m_notes);
            empty->setFlags(Qt::NoItemFlags);
        }
    }
    updateButtons();
}

void SongRehearsalPanel::updateButtons() {
    m_add->setEnabled(m_noteEdit->isEnabled() && !m_noteEdit->text().trimmed().isEmpty());
    const QListWidgetItem* item = m_notes->currentItem();
    const bool own = item && item->data(Qt::UserRole + 1).toLongLong() == m_context.actor().userId;
    m_remove->setEnabled(item && item->data(Qt::UserRole).toLongLong() &&
                         (own || m_context.allows(auth::Action::DeleteNote)));
}

bool SongRehearsalPanel::addNote() {
    const QString body = m_noteEdit->text().trimmed();
    if (!m_song || body.isEmpty())
        return false;
    auto added =
        store::RehearsalRepository(m_context.db()).addNote(m_context.actor(), m_song, body);
    if (!m_report(added.ok() ? store::Status() : store::Status(added.error())))
        return false;
    m_noteEdit->clear();
    refresh();
    return true;
}

void SongRehearsalPanel::removeNote() {
    const QListWidgetItem* item = m_notes->currentItem();
    if (!item || !item->data(Qt::UserRole).toLongLong())
        return;
    if (m_report(store::RehearsalRepository(m_context.db())
                     .removeNote(m_context.actor(), item->data(Qt::UserRole).toLongLong())))
        refresh();
}

} // namespace oscalis::ui::band
