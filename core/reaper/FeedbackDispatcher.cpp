#include "reaper/FeedbackDispatcher.h"

#include "reaper/FaderTaper.h"
#include "util/LogCategories.h"

#include <cmath>

namespace oscalis::reaper {

namespace {

bool flag(const osc::OscArgs& a) {
    return a.number(0) >= 0.5f;
}

template <typename T> bool assign(T& field, const T& value) {
    if (field == value)
        return false;
    field = value;
    return true;
}

} // namespace

FeedbackDispatcher::FeedbackDispatcher(Session& session)
    : m_session(session), m_rejected(lcReaper()) {
    addTrackRoutes("/track/@", false);
    addTrackRoutes("/master", true);
    addTransportRoutes();
    addMarkerRoutes();
}

PatternRouter::Result FeedbackDispatcher::apply(std::string_view path, const osc::OscArgs& args) {
    const auto result = m_router.dispatch(path, args);
    switch (result) {
    case PatternRouter::Result::Handled:
        ++m_applied;
        break;
    case PatternRouter::Result::Unknown:
        ++m_unknown;
        break;
    case PatternRouter::Result::BadArguments: {
        QString types;
        for (int i = 0; i < args.count(); ++i)
            types += QLatin1Char(args.type(i));
        m_rejected.warn(
            QStringLiteral("Ignored unexpected OSC from REAPER: %1 with argument types '%2'")
                .arg(QString::fromUtf8(path.data(), qsizetype(path.size())), types));
        break;
    }
    }
    return result;
}

void FeedbackDispatcher::addTrackRoutes(const std::string& prefix, bool master) {
    Session& s = m_session;
    // Master feedback comes on /master/...; /track/0/... is the master too while the bank
    // starts at track 1, so slot 0 of both forms lands on the master strip.
    auto slotOf = [master, &s](const Wildcards& w) {
        if (master)
            return 0;
        return w[0] == 0 && s.bankStart() != 1 ? -1 : w[0];
    };
    auto route = [&](const std::string& suffix, ArgKind kind, auto apply) {
        m_router.add(prefix + suffix, kind,
                     [&s, slotOf, apply](const Wildcards& w, const osc::OscArgs& a) {
                         const int slot = slotOf(w);
                         if (TrackState* t = s.trackForUpdate(slot)) {
                             if (const std::uint32_t changed = apply(*t, a))
                                 s.notifyTrack(slot, changed);
                         }
                     });
    };
    route("/volume", ArgKind::Number, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        const float v = a.number(0);
        if (!assign(t.volume, v))
            return 0;
        t.volumeDb = taper::positionToDb(v);
        return FieldVolume;
    });
    // REAPER's own dB reading; the fader position comes only from `n` values (REAPER's exact
    // taper, or what this surface sent), so a dB reply never nudges a fader the user just set.
    route("/volume/db", ArgKind::Number, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.volumeDb, double(a.number(0))) ? FieldVolumeText : 0u;
    });
    route("/volume/str", ArgKind::String,
          [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
              return assign(t.volumeText, a.text(0)) ? FieldVolumeText : 0u;
          });
    route("/pan", ArgKind::Number, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.pan, a.number(0)) ? FieldPan : 0u;
    });
    route("/pan/str", ArgKind::String, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.panText, a.text(0)) ? FieldPanText : 0u;
    });
    route("/vu/L", ArgKind::Number, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.vuLeft, a.number(0)) ? FieldMeter : 0u;
    });
    route("/vu/R", ArgKind::Number, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.vuRight, a.number(0)) ? FieldMeter : 0u;
    });
    if (master)
        return;
    route("/name", ArgKind::String, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.name, a.text(0)) ? FieldName : 0u;
    });
    route("/mute", ArgKind::Number, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.mute, flag(a)) ? FieldMute : 0u;
    });
    route("/solo", ArgKind::Number, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.solo, flag(a)) ? FieldSolo : 0u;
    });
    route("/recarm", ArgKind::Number, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.recArm, flag(a)) ? FieldRecArm : 0u;
    });
    route("/select", ArgKind::Number, [](TrackState& t, const osc::OscArgs& a) -> std::uint32_t {
        return assign(t.selected, flag(a)) ? FieldSelected : 0u;
    });
    m_router.add(prefix + "/number/str", ArgKind::String,
                 [&s](const Wildcards& w, const osc::OscArgs& a) {
                     bool ok = false;
                     const int number = a.text(0).trimmed().toInt(&ok);
                     if (ok)
                         s.setTrackNumber(w[0], number);
                 });
}

void FeedbackDispatcher::addTransportRoutes() {
    Session& s = m_session;
    auto route = [&](const char* path, ArgKind kind, auto apply) {
        m_router.add(path, kind, [&s, apply](const Wildcards&, const osc::OscArgs& a) {
            if (apply(s.transportForUpdate(), a))
                s.notifyTransport();
        });
    };
    route("/play", ArgKind::Number,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.playing, flag(a)); });
    route("/pause", ArgKind::Number,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.paused, flag(a)); });
    route("/record", ArgKind::Number,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.recording, flag(a)); });
    route("/repeat", ArgKind::Number,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.repeat, flag(a)); });
    route("/click", ArgKind::Number,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.click, flag(a)); });
    route("/rewind", ArgKind::Number,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.rewinding, flag(a)); });
    route("/forward", ArgKind::Number,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.forwarding, flag(a)); });
    route("/stop", ArgKind::Number, [](TransportState& t, const osc::OscArgs& a) {
        // REAPER reports /stop 1 when stopped; playing and paused are reported on their own.
        if (flag(a))
            return bool(assign(t.playing, false) | assign(t.paused, false) |
                        assign(t.recording, false));
        return false;
    });
    route("/time", ArgKind::Number, [](TransportState& t, const osc::OscArgs& a) {
        return assign(t.seconds, double(a.number(0)));
    });
    route("/time/str", ArgKind::String,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.timeText, a.text(0)); });
    route("/beat/str", ArgKind::String,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.beatText, a.text(0)); });
    route("/tempo/raw", ArgKind::Number, [](TransportState& t, const osc::OscArgs& a) {
        return assign(t.tempo, double(a.number(0)));
    });
    route("/tempo/str", ArgKind::String,
          [](TransportState& t, const osc::OscArgs& a) { return assign(t.tempoText, a.text(0)); });
}

void FeedbackDispatcher::addMarkerRoutes() {
    Session& s = m_session;
    for (const bool region : {false, true}) {
        const std::string base = region ? "/region/@" : "/marker/@";
        auto route = [&](const std::string& suffix, ArgKind kind, auto apply) {
            m_router.add(base + suffix, kind,
                         [&s, region, apply](const Wildcards& w, const osc::OscArgs& a) {
                             if (MarkerInfo* m = s.markerForUpdate(w[0], region); m && apply(*m, a))
                                 s.notifyMarkers();
                         });
        };
        route("/name", ArgKind::String,
              [](MarkerInfo& m, const osc::OscArgs& a) { return assign(m.name, a.text(0)); });
        route("/number/str", ArgKind::String,
              [](MarkerInfo& m, const osc::OscArgs& a) { return assign(m.number, a.text(0)); });
        route("/time", ArgKind::Number, [](MarkerInfo& m, const osc::OscArgs& a) {
            return assign(m.time, double(a.number(0)));
        });
        if (region)
            route("/length", ArgKind::Number, [](MarkerInfo& m, const osc::OscArgs& a) {
                return assign(m.length, double(a.number(0)));
            });

        const std::string last = region ? "/lastregion" : "/lastmarker";
        auto lastRoute = [&](const std::string& suffix, ArgKind kind, auto apply) {
            m_router.add(
                last + suffix, kind, [&s, region, apply](const Wildcards&, const osc::OscArgs& a) {
                    if (apply(region ? s.lastRegionForUpdate() : s.lastMarkerForUpdate(), a))
                        s.notifyMarkers();
                });
        };
        lastRoute("/name", ArgKind::String,
                  [](MarkerInfo& m, const osc::OscArgs& a) { return assign(m.name, a.text(0)); });
        lastRoute("/number/str", ArgKind::String,
                  [](MarkerInfo& m, const osc::OscArgs& a) { return assign(m.number, a.text(0)); });
        lastRoute("/time", ArgKind::Number, [](MarkerInfo& m, const osc::OscArgs& a) {
            return assign(m.time, double(a.number(0)));
        });
        if (region)
            lastRoute("/length", ArgKind::Number, [](MarkerInfo& m, const osc::OscArgs& a) {
                return assign(m.length, double(a.number(0)));
            });
    }
}

} // namespace oscalis::reaper
