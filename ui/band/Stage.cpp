#include "ui/band/Stage.h"

#include "reaper/ProjectWatcher.h"
#include "reaper/Session.h"
#include "store/GigRepository.h"
#include "store/SongTakeRepository.h"
#include "ui/band/BandContext.h"

#include <QFileInfo>

namespace oscalis::ui::band {

namespace {
constexpr std::size_t kMaxChoices = 200;
}

Stage::Stage(BandContext& context, reaper::Link& link, reaper::Session& session,
             reaper::ScriptCommands& commands, reaper::ProjectWatcher& watcher,
             const util::Clock& clock, QObject* parent)
    : QObject(parent), m_context(context), m_session(session), m_watcher(watcher),
      m_navigator(link, session), m_live(commands, clock) {
    connect(&session, &reaper::Session::projectChanged, this, &Stage::regionsChanged);
    connect(&session, &reaper::Session::markersChanged, this, &Stage::regionsChanged);
    connect(&watcher, &reaper::ProjectWatcher::recordingsChanged, this, &Stage::attachRecordings);
    // Recordings reported while nobody was signed in are attached once someone is.
    connect(&context, &BandContext::bandChanged, this, &Stage::attachRecordings);
}

QString Stage::songChosen(qint64 gigId, qint64 itemId, qint64 songId, const QString& title,
                          double position) {
    if (gigId != m_currentGig ||
        itemId) { // a song off the setlist: Next goes on from the last line
        m_currentGig = gigId;
        m_currentItem = itemId;
    }
    m_choices.push_back({QDateTime::currentDateTimeUtc(), songId});
    if (m_choices.size() > kMaxChoices)
        m_choices.erase(m_choices.begin());
    if (!m_live.active() || gigId != m_liveGig)
        return {};
    return m_live.songStarted(itemId, songId, title, position);
}

void Stage::beginLive(qint64 gigId) {
    m_live.begin();
    m_liveGig = gigId;
    m_lastSet.clear();
    if (m_currentGig != gigId)
        m_currentItem = 0;
    m_currentGig = gigId;
    Q_EMIT liveChanged();
}

store::Status Stage::endLive() {
    const std::vector<reaper::LiveSet::Play> plays = m_live.played();
    if (!plays.empty()) {
        std::vector<store::PlayedSong> played;
        for (const auto& p : plays)
            played.push_back(
                {p.itemId ? std::optional<qint64>(p.itemId) : std::nullopt, p.songId, p.seconds});
        store::GigRepository gigs(m_context.db());
        auto written = gigs.recordPlayed(m_context.actor(), m_liveGig, played);
        // Still live after an error (try again, nothing measured is lost), unless the gig is
        // gone: then there is nothing to write to.
        if (!written.ok() && gigs.find(m_liveGig).ok())
            return written.error();
        if (!written.ok()) {
            m_live.end();
            m_liveGig = 0;
            Q_EMIT liveChanged();
            return written.error();
        }
    }
    m_live.end();
    m_lastSet = m_live.plays();
    m_liveGig = 0;
    Q_EMIT liveChanged();
    return {};
}

int Stage::attachRecordings() {
    if (!m_context.signedIn() || !m_context.bandId() || m_watcher.recordings().empty())
        return 0;
    std::vector<store::TakeDraft> drafts;
    for (const reaper::ProjectRecording& r : m_watcher.recordings()) {
        std::optional<Choice> chosen;
        for (const Choice& c : m_choices)
            if (c.when <= r.started)
                chosen = c;
        const auto region = m_navigator.regionAt(r.start);
        for (const reaper::RecordedFile& f : r.files) {
            store::TakeDraft d;
            d.path = f.path;
            const QString file =
                QFileInfo(QString(f.path).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
            d.name = f.trackName.isEmpty() ? file : tr("%1 (%2)").arg(file, f.trackName);
            d.startSeconds = f.start;
            d.endSeconds = f.end;
            d.recordedAt = r.started;
            d.region = region ? region->name : QString();
            if (chosen) {
                d.chosenSongId = chosen->songId;
                d.chosenAt = chosen->when;
            }
            drafts.push_back(std::move(d));
        }
    }
    auto outcome = store::SongTakeRepository(m_context.db())
                       .attach(m_context.actor(), m_context.bandId(), drafts);
    if (!outcome.ok()) {
        m_takesMessage = BandContext::describe(outcome.error());
        return 0;
    }
    QStringList said;
    if (outcome->attached > 0)
        said << tr("%n new take(s) from REAPER attached to the songs rehearsed.", nullptr,
                   outcome->attached);
    if (outcome->noSong > 0)
        said << tr("%n file(s) recorded during a rehearsal could not be matched to a song: "
                   "choose the song with Go before recording.",
                   nullptr, outcome->noSong);
    if (!said.isEmpty())
        m_takesMessage = said.join(QLatin1Char(' '));
    if (outcome->attached > 0) {
        m_context.notifyChanged();
        Q_EMIT takesAttached(outcome->attached);
    }
    return outcome->attached;
}

} // namespace oscalis::ui::band
