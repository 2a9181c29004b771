#include "reaper/sim/SimProject.h"

#include "reaper/FaderTaper.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace oscalis::reaper::sim {

namespace {
constexpr std::array kTrackNames = {"Kick",      "Snare",         "Hi-hat",        "Toms",
                                    "Overheads", "Room",          "Bass DI",       "Bass amp",
                                    "Guitar L",  "Guitar R",      "Keys",          "Synth pad",
                                    "Lead vox",  "Backing vox 1", "Backing vox 2", "FX return"};
constexpr std::array kMarkerNames = {"Intro",  "Verse 1", "Chorus",      "Verse 2",
                                     "Bridge", "Solo",    "Last chorus", "Outro"};
constexpr std::array kRegionNames = {"Opening song", "Ballad", "Cover", "New one", "Encore"};
constexpr double kMeterFallPerSecond = 1.2; // a full-scale meter falls to nothing in ~0.8 s
constexpr double kPi = 3.14159265358979323846;

// A cheap, repeatable pseudo-random value in 0..1 for a track at a moment.
double noise(int track, long step) {
    unsigned x = unsigned(track) * 2654435761u ^ unsigned(step) * 40503u;
    x ^= x >> 13;
    x *= 0x5bd1e995u;
    x ^= x >> 15;
    return double(x & 0xffff) / 65535.0;
}
} // namespace

SimProject SimProject::demo(int trackCount, int markerCount, int regionCount) {
    SimProject p;
    for (int i = 0; i < trackCount; ++i) {
        SimTrack t;
        t.name = i < int(kTrackNames.size()) ? QString::fromUtf8(kTrackNames[std::size_t(i)])
                                             : QStringLiteral("Perc %1").arg(i + 1);
        t.volume = float(taper::dbToPosition(-6.0 + 2.0 * (i % 4)));
        t.pan = i % 3 == 0 ? 0.5f : (i % 3 == 1 ? 0.35f : 0.65f);
        p.tracks.push_back(t);
    }
    p.master.name = QStringLiteral("MASTER");
    for (int i = 0; i < markerCount; ++i)
        p.markers.push_back({i < int(kMarkerNames.size())
                                 ? QString::fromUtf8(kMarkerNames[std::size_t(i)])
                                 : QStringLiteral("Marker %1").arg(i + 1),
                             16.0 * i, 0.0});
    for (int i = 0; i < regionCount; ++i)
        p.regions.push_back({i < int(kRegionNames.size())
                                 ? QString::fromUtf8(kRegionNames[std::size_t(i)])
                                 : QStringLiteral("Song %1").arg(i + 1),
                             200.0 * i, 180.0});
    return p;
}

void SimProject::play() {
    playing = true;
    paused = false;
}

void SimProject::stop() {
    playing = paused = recording = false;
    pendingRegion = 0;
}

void SimProject::pause() {
    if (playing || paused) {
        paused = !paused;
        playing = !paused;
    }
}

void SimProject::record() {
    recording = !recording;
    if (recording)
        play();
}

void SimProject::advance(double seconds) {
    if (playing) {
        const int inside = currentRegionIndex();
        position += seconds;
        if (pendingRegion) {
            // Out of any region (a region was removed, the playhead was moved): jump at once.
            const double end = inside ? regions[std::size_t(inside) - 1].time +
                                            regions[std::size_t(inside) - 1].length
                                      : position;
            if (position >= end && pendingRegion <= int(regions.size())) {
                position = regions[std::size_t(pendingRegion) - 1].time + (position - end);
                pendingRegion = 0;
            }
        }
    } else if (rewinding)
        position = std::max(0.0, position - 4.0 * seconds);
    else if (forwarding)
        position += 4.0 * seconds;
    updateMeters(seconds);
}

void SimProject::updateMeters(double seconds) {
    m_clock += seconds;
    const long step = long(m_clock * 15.0);
    const bool anySolo =
        std::any_of(tracks.begin(), tracks.end(), [](const SimTrack& t) { return t.solo; });
    const double fall = kMeterFallPerSecond * seconds;
    double masterL = 0.0, masterR = 0.0;
    for (int i = 0; i < int(tracks.size()); ++i) {
        SimTrack& t = tracks[std::size_t(i)];
        const bool audible = playing && !t.mute && (!anySolo || t.solo);
        float left = 0.0f, right = 0.0f;
        if (audible) {
            // A beat-synchronous envelope with some grain, then the fader and pan applied.
            const double beat = std::fmod(position * tempo / 60.0 + 0.13 * i, 1.0);
            const double level = -34.0 + 18.0 * std::exp(-3.0 * beat) + 10.0 * noise(i, step) +
                                 3.0 * std::sin(2.0 * kPi * 0.2 * m_clock + i);
            const double db = level + taper::positionToDb(t.volume);
            const double panL = std::cos(t.pan * kPi / 2.0) * std::sqrt(2.0);
            const double panR = std::sin(t.pan * kPi / 2.0) * std::sqrt(2.0);
            left = float(meter::dbToValue(db + 20.0 * std::log10(std::max(panL, 1e-6))));
            right = float(meter::dbToValue(db + 20.0 * std::log10(std::max(panR, 1e-6))));
        }
        t.vuLeft = std::max(left, float(t.vuLeft - fall));
        t.vuRight = std::max(right, float(t.vuRight - fall));
        masterL = std::max(masterL, double(left));
        masterR = std::max(masterR, double(right));
    }
    const double masterGain = taper::positionToDb(master.volume) / (meter::kMaxDb - meter::kMinDb);
    const auto mix = [&](double v) {
        return v > 0.0 ? std::clamp(v + 0.02 + masterGain, 0.0, 1.0) : 0.0;
    };
    master.vuLeft = std::max(float(mix(masterL)), float(master.vuLeft - fall));
    master.vuRight = std::max(float(mix(masterR)), float(master.vuRight - fall));
}

void SimProject::gotoMarker(int number) {
    if (number >= 1 && number <= int(markers.size())) {
        position = markers[std::size_t(number) - 1].time;
        pendingRegion = 0;
    }
}

void SimProject::gotoRegion(int number) {
    if (number < 1 || number > int(regions.size()))
        return;
    // REAPER's GoToRegion: "Seek to region after current region finishes playing (smooth seek)".
    if (playing && currentRegionIndex() != 0) {
        pendingRegion = number;
        return;
    }
    position = regions[std::size_t(number) - 1].time;
    pendingRegion = 0;
}

void SimProject::previousMarker() {
    pendingRegion = 0;
    double target = 0.0;
    for (const auto& m : markers)
        if (m.time < position - 0.01)
            target = std::max(target, m.time);
    position = target;
}

void SimProject::nextMarker() {
    pendingRegion = 0;
    for (const auto& m : markers) {
        if (m.time > position + 0.01) {
            position = m.time;
            return;
        }
    }
}

int SimProject::lastMarkerIndex() const {
    int index = 0;
    for (int i = 0; i < int(markers.size()); ++i)
        if (markers[std::size_t(i)].time <= position + 1e-9)
            index = i + 1;
    return index;
}

int SimProject::currentRegionIndex() const {
    for (int i = 0; i < int(regions.size()); ++i) {
        const auto& r = regions[std::size_t(i)];
        if (position >= r.time && position < r.time + r.length)
            return i + 1;
    }
    return 0;
}

QString SimProject::timeText() const {
    return timeline::format(position);
}

QString SimProject::beatText() const {
    const double beats = position * tempo / 60.0;
    const long whole = long(std::floor(beats));
    const int hundredths = int(std::floor((beats - double(whole)) * 100.0));
    return QStringLiteral("%1.%2.%3")
        .arg(whole / 4 + 1)
        .arg(whole % 4 + 1)
        .arg(hundredths, 2, 10, QLatin1Char('0'));
}

} // namespace oscalis::reaper::sim
