#include "ui/band/RehearsalsPage.h"

#include "store/RehearsalRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/SongRehearsalPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace oscalis::ui::band {

namespace {
constexpr int kFirstMember = 1; // column 0 is the song's title

QTableWidgetItem* levelItem(std::optional<double> level, const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignCenter);
    if (level) {
        item->setBackground(RehearsalsPage::levelColour(int(*level + 0.5)));
        item->setForeground(QColor(0x11, 0x14, 0x18));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    } else {
        item->setForeground(QColor(0x7a, 0x80, 0x88));
    }
    return item;
}

/// Paints the cells as they are (level colour included) and the current cell with a frame: a
/// style sheet rule for the focused item would paint over the level colour.
class FramedCurrentCell : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem plain(option);
        plain.state &= ~QStyle::State_HasFocus;
        QStyledItemDelegate::paint(painter, plain, index);
        if (!(option.state & QStyle::State_HasFocus))
            return;
        painter->save();
        painter->setPen(QPen(QColor(0xe8, 0xee, 0xf5), 2));
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
        painter->restore();
    }
};
} // namespace

RehearsalsPage::RehearsalsPage(BandContext& context, QWidget* parent)
    : BandPage(context, tr("Rehearsals"), parent) {
    setObjectName(QStringLiteral("rehearsalsPage"));
    m_grid = new QTableWidget(this);
    m_grid->setObjectName(QStringLiteral("masteryGrid"));
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    // No selection colour: it would hide the level colours. The current song is shown by its
    // highlighted title, the current cell by a frame.
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->verticalHeader()->setVisible(false);
    m_grid->setWordWrap(false);
    m_grid->setItemDelegate(new FramedCurrentCell(m_grid));

    m_panel = new SongRehearsalPanel(
        context, [this](const store::Status& s) { return report(s); }, this);
    auto* legend = new QLabel(tr("Double-click a cell in your column, or type 0–9, + or −, to say "
                                 "how well you know the song: 0 = not at all, 10 = ready for the "
                                 "stage. Arrows move between cells, Enter goes to the next song."),
                              this);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: #9aa4ae;"));
    auto* left = new QWidget(this);
    auto* leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_grid, 1);
    leftColumn->addWidget(legend);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({800, 480});
    body()->addWidget(split, 1);

    connect(m_grid, &QTableWidget::cellDoubleClicked, this, &RehearsalsPage::chooseLevel);
    m_grid->installEventFilter(this);
    // The panel shows the current row's song: moving along the row leaves it as it is, rather
    // than reading the song's history, notes and voice notes again at each arrow key.
    connect(m_grid, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (row != previousRow)
            showSelected();
    });
    reload();
}

QColor RehearsalsPage::levelColour(int level) {
    level = std::clamp(level, 0, int(store::RehearsalRepository::kMaxLevel));
    // Red (hue 0) to amber (hue 40) over 0..5, then amber to green (hue 120) over 5..10.
    const int hue = level <= 5 ? level * 8 : 40 + (level - 5) * 16;
    return QColor::fromHsv(hue, 190, 225);
}

int RehearsalsPage::memberColumn(qint64 userId) const {
    for (std::size_t i = 0; i < m_data.members.size(); ++i)
        if (m_data.members[i].userId == userId)
            return kFirstMember + int(i);
    return -1;
}

int RehearsalsPage::songRow(qint64 songId) const {
    for (std::size_t i = 0; i < m_data.rows.size(); ++i)
        if (m_data.rows[i].songId == songId)
            return int(i);
    return -1;
}

bool RehearsalsPage::mayRate(int row, int column) const {
    const int member = column - kFirstMember;
    if (row < 0 || row >= int(m_data.rows.size()) || member < 0 ||
        member >= int(m_data.members.size()))
        return false;
    if (m_data.members[std::size_t(member)].userId == context().actor().userId)
        return context().allows(auth::Action::SetOwnMastery);
    return context().allows(auth::Action::SetOthersMastery);
}

void RehearsalsPage::reload() {
    const qint64 keepSong = selectedSong();
    const int keepColumn = m_grid->currentColumn();
    m_data = {};
    if (context().bandId()) {
        auto grid = store::RehearsalRepository(context().db()).grid(context().bandId());
        if (grid.ok())
            m_data = std::move(grid).value();
        else
            showError(BandContext::describe(grid.error()));
    }
    m_grid->blockSignals(true);
    m_grid->clear();
    const int members = int(m_data.members.size());
    m_grid->setColumnCount(kFirstMember + members + 1);
    m_grid->setRowCount(int(m_data.rows.size()));
    QStringList headers{tr("Song")};
    for (const auto& m : m_data.members)
        headers << (m.userId == context().actor().userId ? tr("%1 (you)").arg(m.name) : m.name);
    headers << tr("Average");
    m_grid->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (int r = 0; r < int(m_data.rows.size()); ++r) {
        const auto& row = m_data.rows[std::size_t(r)];
        auto* title = new QTableWidgetItem(row.title);
        title->setData(Qt::UserRole, row.songId);
        m_grid->setItem(r, 0, title);
        for (int c = 0; c < members; ++c) {
            const auto level = row.levels[std::size_t(c)];
            auto* item = levelItem(level ? std::optional<double>(*level) : std::nullopt,
                                   level ? QString::number(*level) : QStringLiteral("–"));
            item->setToolTip(mayRate(r, kFirstMember + c)
                                 ? tr("Double-click to set %1's level (0 to 10)")
                                       .arg(m_data.members[std::size_t(c)].name)
                                 : tr("Only leaders can rate other members"));
            m_grid->setItem(r, kFirstMember + c, item);
        }
        m_grid->setItem(r, kFirstMember + members,
                        levelItem(row.average, row.average ? locale.toString(*row.average, 'f', 1)
                                                           : QStringLiteral("–")));
    }
    auto* header = m_grid->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = kFirstMember; c < m_grid->columnCount(); ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    const int row = std::max(0, songRow(keepSong));
    if (m_grid->rowCount() > 0)
        m_grid->setCurrentCell(row, keepColumn > 0 && keepColumn < m_grid->columnCount()
                                        ? keepColumn
                                        : std::max(0, memberColumn(context().actor().userId)));
    m_grid->blockSignals(false);

    if (!context().bandId())
        setHint(tr("Open a band first: create yours or join one with its invite code."));
    else if (m_data.rows.empty())
        setHint(tr("Add songs on the Songs page first: each member then rates how well they know "
                   "each song, from 0 to 10."));
    else if (m_data.members.empty())
        setHint(tr("No members yet: invite your bandmates from the Members page."));
    else
        setHint({});
    showSelected();
}

qint64 RehearsalsPage::selectedSong() const {
    const int row = m_grid->currentRow();
    return row >= 0 && row < int(m_data.rows.size()) ? m_data.rows[std::size_t(row)].songId : 0;
}

void RehearsalsPage::showSelected() {
    QHash<qint64, QString> names;
    for (const auto& m : m_data.members)
        names.insert(m.userId, m.name);
    const int row = m_grid->currentRow();
    const qint64 song = selectedSong();
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        QTableWidgetItem* title = m_grid->item(r, 0);
        title->setBackground(r == row ? QBrush(QColor(0x2b, 0x4a, 0x6b)) : QBrush());
        QFont font = title->font();
        font.setBold(r == row);
        title->setFont(font);
    }
    m_panel->setSong(song, song ? m_data.rows[std::size_t(row)].title : QString(), names);
}

bool RehearsalsPage::setLevel(qint64 songId, qint64 userId, int level) {
    const int row = songRow(songId);
    const int column = memberColumn(userId);
    if (row >= 0 && column >= 0)
        m_grid->setCurrentCell(row, column);
    return report(store::RehearsalRepository(context().db())
                      .setMastery(context().actor(), songId, userId, level));
}

std::optional<int> RehearsalsPage::levelForKey(const QKeyEvent& key) const {
    const int row = m_grid->currentRow();
    const int member = m_grid->currentColumn() - kFirstMember;
    if (row < 0 || row >= int(m_data.rows.size()) || member < 0 ||
        member >= int(m_data.members.size()))
        return std::nullopt;
    const std::optional<int> now = m_data.rows[std::size_t(row)].levels[std::size_t(member)];
    const int k = key.key();
    if (k >= Qt::Key_0 && k <= Qt::Key_9)
        return k - Qt::Key_0;
    // Not rated yet: + starts at 1, − at 0.
    if (k == Qt::Key_Plus || k == Qt::Key_Equal)
        return std::min(now.value_or(0) + 1, int(store::RehearsalRepository::kMaxLevel));
    if (k == Qt::Key_Minus || k == Qt::Key_Underscore)
        return std::max(now.value_or(1) - 1, 0);
    return std::nullopt;
}

bool RehearsalsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_grid)
        return BandPage::eventFilter(watched, event);
    const bool override = event->type() == QEvent::ShortcutOverride;
    if (!override && event->type() != QEvent::KeyPress)
        return BandPage::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = !(key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier));
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool arrow = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right;
    const std::optional<int> level = plain ? levelForKey(*key) : std::nullopt;
    if (override) {
        // The grid's keys win over the window's shortcuts (←/→ change the mixer's bank).
        if (plain && (enter || arrow || level))
            event->accept();
        return false;
    }
    if (level) {
        const qint64 song = selectedSong();
        const auto& member = m_data.members[std::size_t(m_grid->currentColumn() - kFirstMember)];
        setLevel(song, member.userId, *level);
        return true;
    }
    if (plain && enter && m_grid->rowCount() > 0) {
        const int step = key->modifiers() & Qt::ShiftModifier ? -1 : 1;
        const int row = std::clamp(m_grid->currentRow() + step, 0, m_grid->rowCount() - 1);
        m_grid->setCurrentCell(row, std::max(0, m_grid->currentColumn()));
        return true;
    }
    return BandPage::eventFilter(watched, event);
}

void RehearsalsPage::chooseLevel(int row, int column) {
    if (!mayRate(row, column))
        return;
    const qint64 song = m_data.rows[std::size_t(row)].songId;
    const auto& member = m_data.members[std::size_t(column - kFirstMember)];
    const auto current = m_data.rows[std::size_t(row)].levels[std::size_t(column - kFirstMember)];
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("levelMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(member.userId == context().actor().userId
                         ? tr("How well do you know it?")
                         : tr("How well does %1 know it?").arg(member.name));
    for (int level = 0; level <= store::RehearsalRepository::kMaxLevel; ++level) {
        QPixmap swatch(14, 14);
        swatch.fill(levelColour(level));
        QAction* action = menu->addAction(QIcon(swatch), QString::number(level));
        action->setObjectName(QStringLiteral("level%1").arg(level));
        action->setCheckable(true);
        action->setChecked(current == level);
        connect(action, &QAction::triggered, this,
                [this, song, id = member.userId, level] { setLevel(song, id, level); });
    }
    const QRect cell = m_grid->visualItemRect(m_grid->item(row, column));
    menu->popup(m_grid->viewport()->mapToGlobal(cell.bottomLeft()));
}

} // namespace oscalis::ui::band
