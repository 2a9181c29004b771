#pragma once

#include "reaper/LiveSet.h"
#include "reaper/SetlistNavigator.h"
#include "store/Result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace oscalis::reaper {
class Link;
class ProjectWatcher;
class ScriptCommands;
class Session;
} // namespace oscalis::reaper

namespace oscalis::ui::band {

class BandContext;

/// The band pages' way to REAPER: the setlist's Go / Next song (reaper::SetlistNavigator),
/// live mode (reaper::LiveSet, written back with GigRepository::recordPlayed), the region
/// names for the song dialog's picker, and the rehearsal takes: each time the ReaScript reports
/// recordings, the files are attached to the song being rehearsed (store::SongTakeRepository)
/// with the song last chosen with Go / Next as a hint. Lives as long as the window so live mode
/// and the current song survive page rebuilds.
/// Owner: the composition root; borrows everything it is given; GUI thread only.
class Stage : public QObject {
    Q_OBJECT
public:
    Stage(BandContext& context, reaper::Link& link, reaper::Session& session,
          reaper::ScriptCommands& commands, reaper::ProjectWatcher& watcher,
          const util::Clock& clock = util::Clock::steady(), QObject* parent = nullptr);

    reaper::SetlistNavigator& navigator() { return m_navigator; }
    const reaper::Session& session() const { return m_session; }
    /// The project's region names, in timeline order.
    QStringList regionNames() const { return m_navigator.regionNames(); }

    /// The setlist line last gone to, for `gigId` (0 when none there).
    qint64 currentItem(qint64 gigId) const { return gigId == m_currentGig ? m_currentItem : 0; }
    /// Go / Next made this song current (itemId 0: a song off the setlist, after which Next
    /// goes on from the last setlist line). In live mode it starts the song's clock and drops
    /// its marker at `position`; returns an error to show.
    QString songChosen(qint64 gigId, qint64 itemId, qint64 songId, const QString& title,
                       double position);

    /// Live mode for gigId.
    void beginLive(qint64 gigId);
    bool isLive() const { return m_live.active(); }
    qint64 liveGig() const { return m_liveGig; }
    const reaper::LiveSet& live() const { return m_live; }
    /// Ends live mode and writes the played list back to the gig (GigRepository::recordPlayed).
    /// On an error the set stays in live mode, so nothing measured is lost (unless the gig was
    /// deleted meanwhile: then live mode ends with the error).
    store::Status endLive();
    /// The songs of the last live set, with their times, after endLive().
    const std::vector<reaper::LiveSet::Play>& lastSet() const { return m_lastSet; }

    /// Attaches what the script reported that is not attached yet; how many takes were new.
    int attachRecordings();
    /// What the last attachRecordings() did, in words (empty when nothing happened).
    QString takesMessage() const { return m_takesMessage; }

Q_SIGNALS:
    /// The project's regions changed (the song dialog's picker).
    void regionsChanged();
    void liveChanged();
    /// New takes were attached to songs.
    void takesAttached(int count);

private:
    struct Choice {
        QDateTime when; ///< UTC
        qint64 songId = 0;
    };

    BandContext& m_context;
    reaper::Session& m_session;
    reaper::ProjectWatcher& m_watcher;
    reaper::SetlistNavigator m_navigator;
    reaper::LiveSet m_live;
    qint64 m_liveGig = 0;
    std::vector<reaper::LiveSet::Play> m_lastSet;
    qint64 m_currentGig = 0;
    qint64 m_currentItem = 0;
    std::vector<Choice> m_choices; ///< the songs chosen with Go / Next, oldest first
    QString m_takesMessage;
};

} // namespace oscalis::ui::band
