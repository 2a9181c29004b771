#pragma once

#include <QString>

#include <vector>

namespace oscalis::reaper::sim {

/// One track of the simulated project (the master uses the same shape).
struct SimTrack {
    QString name;
    float volume = 0.716f; ///< fader position (0 dB)
    float pan = 0.5f;
    bool mute = false;
    bool solo = false;
    bool recArm = false;
    bool selected = false;
    float vuLeft = 0.0f;
    float vuRight = 0.0f;
};

/// A marker, or a region when length > 0.
struct SimMarker {
    QString name;
    double time = 0.0;
    double length = 0.0;
};

/// The state of a simulated REAPER project and how it moves with time: the transport, the
/// playhead, meters that move while playing and fall when stopped. No I/O; not thread-safe.
class SimProject {
public:
    /// A project with `trackCount` named tracks, markers and regions, ready to play.
    static SimProject demo(int trackCount, int markerCount, int regionCount);

    std::vector<SimTrack> tracks;
    SimTrack master;
    std::vector<SimMarker> markers;
    std::vector<SimMarker> regions;
    bool playing = false;
    bool paused = false;
    bool recording = false;
    bool repeat = false;
    bool click = false;
    bool rewinding = false;
    bool forwarding = false;
    double position = 0.0; ///< seconds
    double tempo = 120.0;
    /// The region (1-based) a smooth seek will jump to when the playhead leaves the region it is
    /// in; 0 when none is pending.
    int pendingRegion = 0;

    void play();
    void stop();
    void pause();
    void record();
    /// Moves time and meters on by `seconds` of wall-clock time.
    void advance(double seconds);

    void gotoMarker(int number);
    /// REAPER's GoToRegion as GOTO_REGION calls it (timeline order): a "smooth seek" while
    /// playing inside a region (the jump waits for that region's end), at once otherwise.
    void gotoRegion(int number);
    void previousMarker();
    void nextMarker();
    /// 1-based index of the last marker at or before the playhead (0 if none).
    int lastMarkerIndex() const;
    /// 1-based index of the region holding the playhead (0 if none).
    int currentRegionIndex() const;

    QString timeText() const;
    QString beatText() const;

private:
    void updateMeters(double seconds);
    double m_clock = 0.0; ///< seconds of signal generated, for the meters' motion
};

} // namespace oscalis::reaper::sim
