#include "ui/band/StageBar.h"

#include "reaper/Session.h"
#include "store/SongRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/Durations.h"
#include "ui/band/PlayedListDialog.h"
#include "ui/band/SetlistEditor.h"
#include "ui/band/SetlistModel.h"
#include "ui/band/Stage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace oscalis::ui::band {

StageBar::StageBar(BandContext& context, Stage& stage, SetlistEditor& editor, QWidget* parent)
    : QWidget(parent), m_context(context), m_stage(stage), m_editor(editor) {
    setObjectName(QStringLiteral("stageBar"));
    m_go = new QPushButton(tr("Go"), this);
    m_go->setObjectName(QStringLiteral("stageGo"));
    m_go->setToolTip(tr("Send REAPER to the selected song's region"));
    m_next = new QPushButton(tr("Next song ▶"), this);
    m_next->setObjectName(QStringLiteral("stageNext"));
    m_next->setToolTip(tr("Send REAPER to the next song that has a region"));
    m_live = new QPushButton(this);
    m_live->setObjectName(QStringLiteral("stageLive"));
    m_playedList = new QPushButton(tr("Played list…"), this);
    m_playedList->setObjectName(QStringLiteral("stagePlayedList"));
    m_offList = new QComboBox(this);
    m_offList->setObjectName(QStringLiteral("stageOffList"));
    m_offList->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_offList->setMinimumContentsLength(18);
    m_offList->setToolTip(tr("A song that is not on the setlist"));
    m_playOffList = new QPushButton(tr("Play it"), this);
    m_playOffList->setObjectName(QStringLiteral("stagePlayOffList"));
    m_now = new QLabel(this);
    m_now->setObjectName(QStringLiteral("stageNow"));
    m_now->setStyleSheet(QStringLiteral("font-weight: 600; color: #5cd68a;"));
    // A long title must not widen the page: the label takes the room there is.
    m_now->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("stageMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c8ced6;"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_go);
    row->addWidget(m_next);
    row->addSpacing(12);
    row->addWidget(m_live);
    row->addStretch(1);
    row->addWidget(m_playedList);
    // Live mode's own line: the song being played, and a song that is not on the setlist.
    m_liveRow = new QWidget(this);
    auto* live = new QHBoxLayout(m_liveRow);
    live->setContentsMargins(0, 0, 0, 0);
    live->addWidget(m_now, 1);
    live->addWidget(new QLabel(tr("Not on the setlist:"), m_liveRow));
    live->addWidget(m_offList);
    live->addWidget(m_playOffList);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 4);
    column->addLayout(row);
    column->addWidget(m_liveRow);
    column->addWidget(m_message);

    connect(m_go, &QPushButton::clicked, this, &StageBar::go);
    connect(m_next, &QPushButton::clicked, this, &StageBar::nextSong);
    connect(m_live, &QPushButton::clicked, this, &StageBar::toggleLive);
    connect(m_playOffList, &QPushButton::clicked, this, &StageBar::playOffList);
    connect(m_playedList, &QPushButton::clicked, this, &StageBar::showPlayedList);
    connect(m_editor.model(), &QAbstractItemModel::modelReset, this, &StageBar::refresh);
    connect(&m_stage, &Stage::liveChanged, this, &StageBar::refresh);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &StageBar::tick);
    refresh();
}

void StageBar::setGig(qint64 gigId, const QString& gigName) {
    if (gigId != m_gig)
        setMessage({});
    m_gig = gigId;
    m_gigName = gigName;
    refresh();
}

QString StageBar::message() const {
    return m_message->text();
}

void StageBar::setMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

std::vector<reaper::SetlistStop> StageBar::stops() const {
    std::map<qint64, QString> regions;
    if (auto songs = store::SongRepository(m_context.db()).list(m_context.bandId()); songs.ok())
        for (const store::Song& s : songs.value())
            regions[s.id] = s.reaperRegion;
    std::vector<reaper::SetlistStop> out;
    for (const store::SetlistItem& item : m_editor.model()->items())
        out.push_back(
            {item.songTitle, item.songId ? regions[*item.songId] : QString(), !item.songId});
    return out;
}

bool StageBar::liveHere() const {
    return m_stage.isLive() && m_stage.liveGig() == m_gig;
}

void StageBar::go() {
    const auto rows = m_editor.view()->selectionModel()->selectedRows();
    const int row =
        rows.isEmpty() ? m_editor.model()->rowOf(m_stage.currentItem(m_gig)) : rows.first().row();
    applyToSetlist(m_stage.navigator().go(stops(), row, liveHere()));
}

void StageBar::nextSong() {
    const int from = m_editor.model()->rowOf(m_stage.currentItem(m_gig));
    applyToSetlist(m_stage.navigator().next(stops(), from, liveHere()));
}

void StageBar::applyToSetlist(const reaper::SetlistNavigator::Move& move) {
    const auto& items = m_editor.model()->items();
    if (move.row < 0 || move.row >= int(items.size())) {
        setMessage(move.message);
        return;
    }
    const store::SetlistItem& item = items[std::size_t(move.row)];
    apply(move, item.id, item.songId.value_or(0), item.songTitle);
}

void StageBar::playOffList() {
    const qint64 songId = m_offList->currentData().toLongLong();
    auto song = store::SongRepository(m_context.db()).find(songId);
    if (!songId || !song.ok())
        return;
    const auto move = m_stage.navigator().go({{song->title, song->reaperRegion, false}}, 0, true);
    apply(move, 0, songId, song->title);
}

void StageBar::apply(const reaper::SetlistNavigator::Move& move, qint64 itemId, qint64 songId,
                     const QString& title) {
    // The marker goes where the song starts: its region, or where REAPER is now.
    const double position =
        move.sent && move.region ? move.region->start : m_stage.session().transport().seconds;
    const QString problem = m_stage.songChosen(m_gig, itemId, songId, title, position);
    m_editor.model()->setCurrentItem(m_stage.currentItem(m_gig));
    if (const int row = m_editor.model()->rowOf(itemId); row >= 0)
        m_editor.view()->selectRow(row);
    setMessage(problem.isEmpty() ? move.message : move.message + QLatin1Char(' ') + problem);
    tick();
}

void StageBar::toggleLive() {
    if (m_stage.isLive()) {
        if (m_stage.liveGig() != m_gig)
            return;
        const bool anything = !m_stage.live().plays().empty();
        const store::Status written = m_stage.endLive();
        if (!written.ok()) {
            setMessage(tr("The played list could not be saved: %1 Live mode stays on; try "
                          "“Stop live” again.")
                           .arg(BandContext::describe(written.error())));
            return;
        }
        setMessage(anything ? tr("Live mode ended: the played list is saved with the gig, "
                                 "which is now marked as played.")
                            : tr("Live mode ended: nothing was played, so the setlist stays "
                                 "as planned."));
        m_context.notifyChanged(); // the gig's status and setlist changed
        if (anything)
            showPlayedList();
        return;
    }
    if (!m_gig)
        return;
    m_stage.beginLive(m_gig);
    m_offList->clear();
    std::set<qint64> planned;
    for (const store::SetlistItem& item : m_editor.model()->items())
        if (item.songId)
            planned.insert(*item.songId);
    if (auto songs = store::SongRepository(m_context.db()).list(m_context.bandId()); songs.ok())
        for (const store::Song& s : songs.value())
            if (!planned.count(s.id))
                m_offList->addItem(s.title, s.id);
    m_playOffList->setEnabled(m_offList->count() > 0);
    setMessage(tr("Live: each Go and Next song drops a marker named after the song in REAPER "
                  "and starts its clock. Press “Stop live” after the last song."));
}

void StageBar::showPlayedList() {
    auto* dialog = new PlayedListDialog(m_gigName, m_editor.model()->items(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StageBar::refresh() {
    const bool here = liveHere();
    const bool liveElsewhere = m_stage.isLive() && !here;
    const bool hasSongs = m_editor.model()->rowCount() > 0;
    m_go->setEnabled(m_gig && hasSongs);
    m_next->setEnabled(m_gig && hasSongs);
    m_live->setText(here ? tr("■ Stop live") : tr("● Live"));
    m_live->setToolTip(liveElsewhere ? tr("Live mode is on for another gig")
                                     : tr("Drop a marker per song and time the set"));
    m_live->setEnabled(m_gig && !liveElsewhere && m_context.allows(auth::Action::EditSetlist) &&
                       (here || hasSongs));
    m_live->setStyleSheet(here ? QStringLiteral("background: #b3261e; color: white; "
                                                "font-weight: 600;")
                               : QString());
    m_liveRow->setVisible(here);
    m_playedList->setVisible(!here && m_editor.model()->hasPlayed());
    m_editor.model()->setCurrentItem(m_stage.currentItem(m_gig));
    if (here)
        m_clock.start();
    else
        m_clock.stop();
    tick();
}

void StageBar::tick() {
    const bool here = liveHere();
    const auto& plays = m_stage.live().plays();
    if (!here || plays.empty()) {
        m_now->setText(here ? tr("Live — press Go or Next song to start") : QString());
        return;
    }
    m_now->setText(tr("Live · song %1 · %2 · %3")
                       .arg(plays.size())
                       .arg(formatDuration(m_stage.live().currentSeconds()), plays.back().title));
}

} // namespace oscalis::ui::band
