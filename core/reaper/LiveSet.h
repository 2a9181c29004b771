#pragma once

#include "util/Clock.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace oscalis::reaper {

class ScriptCommands;

/// Live mode for a gig: which song started when, from the setlist's Go and Next song on stage.
/// At each song change it drops a marker named after the song into REAPER through the ReaScript
/// (ScriptCommands' add_marker): REAPER's OSC can only write a marker it addresses by number
/// (MARKERID_*), which would move or rename a marker the project already has, while the script
/// adds a new one (AddProjectMarker2 with a fresh number). The marker sits at the song's place
/// on the timeline; each song's time is measured on the wall clock from its start to the next
/// song's start (the last one to the end of the set), because Go moves the transport between
/// regions and its position is no measure of time on stage.
/// Borrows the ScriptCommands and the clock; GUI thread.
class LiveSet {
    Q_DECLARE_TR_FUNCTIONS(LiveSet)
public:
    /// One song started on stage.
    struct Play {
        qint64 itemId = 0; ///< the setlist line it was started from; 0 when off the list
        qint64 songId = 0;
        QString title;
        double position = 0.0;      ///< where its marker went on REAPER's timeline (seconds)
        std::int64_t startedMs = 0; ///< on the clock
        int seconds = 0;            ///< filled when the next song starts or the set ends
    };

    LiveSet(ScriptCommands& commands, const util::Clock& clock = util::Clock::steady());

    /// Starts a set: forgets the last one.
    void begin();
    bool active() const { return m_active; }
    /// A song starts now at `position` on REAPER's timeline: remembers it and asks the script
    /// for a marker there. Returns an empty string, or why the marker could not be asked for
    /// (the song is remembered all the same).
    QString songStarted(qint64 itemId, qint64 songId, const QString& title, double position);
    /// The songs so far, the last one still running (its seconds not yet known).
    const std::vector<Play>& plays() const { return m_plays; }
    /// Seconds since the current song started (0 when none).
    int currentSeconds() const;
    /// Every song so far with its time, in the order played; the last one counts until now.
    std::vector<Play> played() const;
    /// Ends the set (the songs stay readable through plays() until the next begin()).
    void end();

private:
    ScriptCommands& m_commands;
    const util::Clock& m_clock;
    bool m_active = false;
    std::vector<Play> m_plays;
};

} // namespace oscalis::reaper
