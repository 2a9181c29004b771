#pragma once

#include <QString>

#include <cstdint>

namespace oscalis::reaper {

/// Which parts of a strip changed; combined as flags in Session::trackChanged.
enum TrackField : std::uint32_t {
    FieldName = 1u << 0,
    FieldNumber = 1u << 1,
    FieldVolume = 1u << 2,
    FieldVolumeText = 1u << 3,
    FieldPan = 1u << 4,
    FieldPanText = 1u << 5,
    FieldMute = 1u << 6,
    FieldSolo = 1u << 7,
    FieldRecArm = 1u << 8,
    FieldSelected = 1u << 9,
    FieldMeter = 1u << 10,
    FieldProject = 1u << 11, ///< what project.json says about the track (colour, FX, ...)
};

/// One strip as REAPER last reported it. Slot 0 is the master; slots 1..N are the bank.
struct TrackState {
    int number = 0; ///< REAPER's absolute track number (0 for the master)
    QString name;
    float volume = 0.716f; ///< fader position 0..1 (REAPER's taper)
    double volumeDb = 0.0; ///< REAPER's /volume/db when it arrived, else from the taper
    QString volumeText;    ///< REAPER's /volume/str, e.g. "-6.02dB"
    float pan = 0.5f;      ///< 0 left, 0.5 centre, 1 right
    QString panText;       ///< REAPER's /pan/str, e.g. "C"
    bool mute = false;
    bool solo = false;
    bool recArm = false;
    bool selected = false;
    float vuLeft = 0.0f; ///< meter values 0..1 over REAPER's meter range
    float vuRight = 0.0f;
};

/// Transport, time and tempo as REAPER last reported them.
struct TransportState {
    bool playing = false;
    bool paused = false;
    bool recording = false;
    bool repeat = false;
    bool click = false;
    bool rewinding = false;
    bool forwarding = false;
    double seconds = 0.0;
    QString timeText; ///< REAPER's /time/str
    QString beatText; ///< REAPER's /beat/str, e.g. "5.2.00"
    double tempo = 0.0;
    QString tempoText;
};

/// A marker or region in REAPER's marker/region bank (1-based index in that bank).
struct MarkerInfo {
    QString name;
    QString number; ///< REAPER's displayed marker number
    double time = 0.0;
    double length = 0.0; ///< regions only
    /// A slot of the bank with nothing in it (REAPER sends empty names and numbers).
    bool isEmpty() const { return name.isEmpty() && number.isEmpty(); }
    bool operator==(const MarkerInfo&) const = default;
};

} // namespace oscalis::reaper
