#include "ui/kiosk/NowPage.h"

#include "reaper/Session.h"
#include "store/RehearsalRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/Stage.h"
#include "ui/kiosk/KioskLock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace oscalis::ui::kiosk {

namespace {
QPushButton* bigButton(const QString& text, const char* name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setFocusPolicy(Qt::NoFocus);
    b->setMinimumHeight(72);
    b->setMinimumWidth(180);
    QFont f = b->font();
    f.setPixelSize(20);
    b->setFont(f);
    return b;
}

QLabel* label(const char* name, int pixels, bool bold, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPixelSize(pixels);
    f.setBold(bold);
    l->setFont(f);
    return l;
}
} // namespace

NowPage::NowPage(store::Database& db, qint64 bandId, band::Stage* stage, reaper::Session& session,
                 KioskLock& lock, QWidget* parent)
    : QWidget(parent), m_db(db), m_bandId(bandId), m_stage(stage), m_session(session),
      m_lock(lock) {
    setObjectName(QStringLiteral("kioskNowPage"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 16, 24, 16);
    column->setSpacing(12);
    m_heading = label("nowHeading", 22, false, this);
    column->addWidget(m_heading);
    m_now = label("nowSong", 44, true, this);
    column->addWidget(m_now);
    m_nextTitle = label("nextSong", 26, false, this);
    m_nextTitle->setStyleSheet(QStringLiteral("color: #a9b0b8;"));
    column->addWidget(m_nextTitle);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    m_previous = bigButton(tr("Previous song"), "nowPrevious", this);
    m_go = bigButton(tr("Go to the song in REAPER"), "nowGo", this);
    m_next = bigButton(tr("Next song"), "nowNext", this);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_go, 1);
    buttons->addWidget(m_next);
    column->addLayout(buttons);
    m_message = label("nowMessage", 17, false, this);
    column->addWidget(m_message);

    auto* notesTitle = label("nowNotesTitle", 18, true, this);
    notesTitle->setText(tr("Notes on this song"));
    column->addWidget(notesTitle);
    auto* notesRow = new QHBoxLayout;
    m_notes = new QListWidget(this);
    m_notes->setObjectName(QStringLiteral("nowNotes"));
    m_notes->setWordWrap(true);
    QFont notesFont = m_notes->font();
    notesFont.setPixelSize(18);
    m_notes->setFont(notesFont);
    m_notes->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 48px; }"));
    notesRow->addWidget(m_notes, 1);
    m_deleteNote = bigButton(tr("Delete note"), "nowDeleteNote", this);
    notesRow->addWidget(m_deleteNote, 0, Qt::AlignTop);
    column->addLayout(notesRow, 1);

    connect(m_previous, &QPushButton::clicked, this, &NowPage::previousSong);
    connect(m_go, &QPushButton::clicked, this, &NowPage::goToSong);
    connect(m_next, &QPushButton::clicked, this, &NowPage::nextSong);
    connect(m_deleteNote, &QPushButton::clicked, this, &NowPage::deleteNote);
    connect(m_notes, &QListWidget::currentRowChanged, this, &NowPage::updateButtons);
    connect(&m_session, &reaper::Session::transportChanged, this, &NowPage::updateButtons);
    reload();
}

void NowPage::reload() {
    auto plan = TodayPlan::read(m_db, m_bandId, QDate::currentDate());
    if (!plan.ok()) {
        m_plan = {};
        m_plan.heading = band::BandContext::describe(plan.error());
    } else {
        m_plan = *plan;
    }
    m_heading->setText(m_plan.heading);
    int row = m_plan.songs.empty() ? -1 : 0;
    if (m_stage && m_plan.gigId) { // the desktop's stage may already be further in the set
        const qint64 item = m_stage->currentItem(m_plan.gigId);
        for (std::size_t i = 0; i < m_plan.songs.size(); ++i)
            if (item && m_plan.songs[i].itemId == item)
                row = int(i);
    }
    if (m_row >= 0 && m_row < int(m_plan.songs.size()))
        row = m_row;
    setRow(row);
}

qint64 NowPage::currentSongId() const {
    return m_row >= 0 ? m_plan.songs[std::size_t(m_row)].songId : 0;
}
QString NowPage::currentSongTitle() const {
    return m_now->text();
}
QString NowPage::nextSongText() const {
    return m_nextTitle->text();
}
QString NowPage::message() const {
    return m_message->text();
}

void NowPage::setRow(int row) {
    const bool changed = row != m_row;
    m_row = row;
    showSong();
    loadNotes();
    updateButtons();
    if (changed)
        Q_EMIT currentSongChanged(currentSongId());
}

void NowPage::showSong() {
    const auto& songs = m_plan.songs;
    if (m_row < 0) {
        m_now->setText(songs.empty() ? tr("No songs on today's list") : QString());
        m_nextTitle->clear();
        return;
    }
    const TodayPlan::Song& now = songs[std::size_t(m_row)];
    m_now->setText(tr("Now: %1").arg(now.title));
    m_nextTitle->setText(m_row + 1 < int(songs.size())
                             ? tr("Next: %1").arg(songs[std::size_t(m_row) + 1].title)
                             : tr("Next: end of the list"));
}

void NowPage::chose(int row) {
    setRow(row);
    if (m_stage && row >= 0) {
        const TodayPlan::Song& s = m_plan.songs[std::size_t(row)];
        const QString problem = m_stage->songChosen(m_plan.gigId, s.itemId, s.songId, s.title,
                                                    m_session.transport().seconds);
        if (!problem.isEmpty())
            m_message->setText(problem);
    }
}

void NowPage::goToSong() {
    if (!m_stage || m_row < 0 || m_session.transport().recording)
        return;
    const auto move = m_stage->navigator().go(m_plan.stops(), m_row);
    m_message->setText(move.message);
    if (move.sent)
        chose(m_row);
}

void NowPage::nextSong() {
    if (m_row + 1 >= int(m_plan.songs.size()) || m_session.transport().recording)
        return;
    if (!m_stage) {
        setRow(m_row + 1);
        return;
    }
    // Stops at the next song even without a region: the list moves on, REAPER stays.
    const auto move = m_stage->navigator().next(m_plan.stops(), m_row, true);
    m_message->setText(move.message);
    if (move.row >= 0)
        chose(move.row);
}

void NowPage::previousSong() {
    if (m_row <= 0 || m_session.transport().recording)
        return;
    if (!m_stage) {
        setRow(m_row - 1);
        return;
    }
    const auto move = m_stage->navigator().go(m_plan.stops(), m_row - 1, true);
    m_message->setText(move.message);
    if (move.row >= 0)
        chose(move.row);
}

void NowPage::loadNotes() {
    m_notes->clear();
    if (m_row < 0)
        return;
    auto notes = store::RehearsalRepository(m_db).notes(currentSongId());
    if (!notes.ok()) {
        m_message->setText(band::BandContext::describe(notes.error()));
        return;
    }
    for (const store::SongNote& n : *notes) {
        auto* item = new QListWidgetItem(n.body, m_notes);
        item->setData(Qt::UserRole, n.id);
    }
}

void NowPage::deleteNote() {
    QListWidgetItem* item = m_notes->currentItem();
    if (!item)
        return;
    const qint64 noteId = item->data(Qt::UserRole).toLongLong();
    m_lock.request(KioskLock::Guarded::Delete, [this, noteId](const auth::Actor& admin) {
        const store::Status done = store::RehearsalRepository(m_db).removeNote(admin, noteId);
        m_message->setText(done.ok() ? tr("The note was deleted.")
                                     : band::BandContext::describe(done.error()));
        loadNotes();
        updateButtons();
    });
}

void NowPage::updateButtons() {
    const bool recording = m_session.transport().recording;
    const bool hasRegion = m_row >= 0 && !m_plan.songs[std::size_t(m_row)].region.isEmpty();
    m_go->setEnabled(m_stage && hasRegion && !recording);
    m_next->setEnabled(m_row + 1 < int(m_plan.songs.size()) && !recording);
    m_previous->setEnabled(m_row > 0 && !recording);
    m_deleteNote->setEnabled(m_notes->currentItem() != nullptr);
}

} // namespace oscalis::ui::kiosk
