#include "ui/band/SuggestionsPanel.h"

#include "store/SuggestionRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/RecordTables.h"
#include "ui/band/SuggestionDialog.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oscalis::ui::band {

namespace {
enum Column { Votes, Title, Artist, Author, Mark, ColumnCount };
constexpr int kIdRole = Qt::UserRole;
constexpr int kVotedRole = Qt::UserRole + 1;
constexpr int kPromotedRole = Qt::UserRole + 2;
} // namespace

SuggestionsPanel::SuggestionsPanel(BandContext& context, Report report, QWidget* parent)
    : QWidget(parent), m_context(context), m_report(std::move(report)) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("Suggestions"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_hint = new QLabel(tr("Nothing suggested yet. Heard a song the band should play? "
                           "Suggest it: everyone votes, and a leader adds the favourites."),
                        this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #9aa4ae;"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Votes"), tr("Title"), tr("Artist"), tr("Suggested by"), QString()});
    makeRecordTable(*m_table);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Votes, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Mark, QHeaderView::ResizeToContents);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const char* name,
                            void (SuggestionsPanel::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    m_suggest = button(tr("Suggest a song…"), "suggestButton", &SuggestionsPanel::suggest);
    m_vote = button(tr("Vote"), "voteButton", &SuggestionsPanel::toggleVote);
    m_promote = button(tr("Add to the songs"), "promoteButton", &SuggestionsPanel::promote);
    m_withdraw = button(tr("Remove"), "withdrawButton", &SuggestionsPanel::withdraw);
    buttons->addStretch(1);
    column->addWidget(heading);
    column->addWidget(m_hint);
    column->addWidget(m_table, 1);
    column->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SuggestionsPanel::updateButtons);
}

void SuggestionsPanel::reload() {
    const qint64 keep = selectedId();
    m_table->setRowCount(0);
    if (m_context.bandId()) {
        store::SuggestionRepository repo(m_context.db());
        auto list = repo.list(m_context.bandId(), m_context.actor().userId);
        if (list.ok()) {
            for (const store::Suggestion& s : list.value()) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const QString mark = s.promotedSongId  ? tr("in the songs")
                                     : s.votedByViewer ? tr("✓ you voted")
                                                       : QString();
                const QString cells[] = {QString::number(s.votes), s.title, s.artist, s.authorName,
                                         mark};
                for (int c = 0; c < ColumnCount; ++c) {
                    auto* item = new QTableWidgetItem(cells[c]);
                    if (c == Votes)
                        item->setTextAlignment(Qt::AlignCenter);
                    if (c == Mark)
                        item->setForeground(QColor(s.promotedSongId ? 0x9aa4ae : 0x5fd38d));
                    m_table->setItem(row, c, item);
                }
                m_table->item(row, 0)->setData(kIdRole, s.id);
                m_table->item(row, 0)->setData(kVotedRole, s.votedByViewer);
                m_table->item(row, 0)->setData(kPromotedRole, s.promotedSongId.has_value());
                if (s.id == keep)
                    m_table->selectRow(row);
            }
        }
    }
    m_hint->setVisible(m_context.bandId() && m_table->rowCount() == 0);
    updateButtons();
}

bool SuggestionsPanel::select(const QString& title) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Title)->text() == title) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

qint64 SuggestionsPanel::selectedId() const {
    return selectedRecord(*m_table, kIdRole).toLongLong();
}

bool SuggestionsPanel::selectedVoted() const {
    return selectedRecord(*m_table, kVotedRole).toBool();
}

void SuggestionsPanel::updateButtons() {
    const bool any = selectedId() != 0;
    const bool promoted = selectedRecord(*m_table, kPromotedRole).toBool();
    m_suggest->setEnabled(m_context.bandId() && m_context.allows(auth::Action::Suggest));
    m_vote->setEnabled(any && !promoted && m_context.allows(auth::Action::Vote));
    m_vote->setText(selectedVoted() ? tr("Take my vote back") : tr("Vote"));
    m_promote->setEnabled(any && !promoted && m_context.allows(auth::Action::PromoteSuggestion));
    m_withdraw->setEnabled(any);
}

void SuggestionsPanel::suggest() {
    auto* dialog = new SuggestionDialog(
        m_context.bandId(),
        [this](const store::Suggestion& draft) -> store::Status {
            store::SuggestionRepository repo(m_context.db());
            auto made = repo.suggest(m_context.actor(), draft);
            if (!made.ok())
                return made.error();
            m_report({});
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SuggestionsPanel::toggleVote() {
    const qint64 id = selectedId();
    if (!id)
        return;
    store::SuggestionRepository repo(m_context.db());
    m_report(selectedVoted() ? repo.unvote(m_context.actor(), id)
                             : repo.vote(m_context.actor(), id));
}

void SuggestionsPanel::promote() {
    const qint64 id = selectedId();
    if (!id)
        return;
    store::SuggestionRepository repo(m_context.db());
    auto song = repo.promote(m_context.actor(), id);
    m_report(song.ok() ? store::Status() : store::Status(song.error()));
}

void SuggestionsPanel::withdraw() {
    const qint64 id = selectedId();
    if (!id)
        return;
    store::SuggestionRepository repo(m_context.db());
    m_report(repo.remove(m_context.actor(), id));
}

} // namespace oscalis::ui::band
