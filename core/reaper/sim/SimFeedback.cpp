#include "reaper/sim/SimFeedback.h"

#include "reaper/FaderTaper.h"

namespace oscalis::reaper::sim {

namespace {
constexpr float kFloorPosition = 0.0025f; // what REAPER reports for slots past the project's end

osc::OscMessage msg(std::string path, float v) {
    return {std::move(path), v};
}
osc::OscMessage msg(std::string path, const QString& s) {
    return {std::move(path), s.toStdString()};
}
} // namespace

void SimFeedback::addTrack(std::vector<Item>& out, const std::string& p, const SimTrack& t,
                           bool master, int number) const {
    const double db = t.volume <= kFloorPosition ? taper::kFloorDb : taper::positionToDb(t.volume);
    if (!master) {
        out.push_back({msg(p + "/name", t.name), false});
        out.push_back({msg(p + "/number/str", QString::number(number)), false});
    }
    out.push_back({msg(p + "/volume", t.volume), false});
    out.push_back({msg(p + "/volume/str", taper::formatDb(db)), false});
    if (!master)
        out.push_back({msg(p + "/volume/db", float(db)), false});
    out.push_back({msg(p + "/pan", t.pan), false});
    out.push_back({msg(p + "/pan/str", pan::format(t.pan)), false});
    if (!master) {
        out.push_back({msg(p + "/mute", t.mute ? 1.0f : 0.0f), true});
        out.push_back({msg(p + "/solo", t.solo ? 1.0f : 0.0f), true});
        out.push_back({msg(p + "/recarm", t.recArm ? 1.0f : 0.0f), true});
        out.push_back({msg(p + "/select", t.selected ? 1.0f : 0.0f), true});
    }
    out.push_back({msg(p + "/vu", std::max(t.vuLeft, t.vuRight)), false});
    out.push_back({msg(p + "/vu/L", t.vuLeft), false});
    out.push_back({msg(p + "/vu/R", t.vuRight), false});
}

void SimFeedback::addGlobal(std::vector<Item>& out, const SimProject& pr,
                            const SimSurface& s) const {
    const auto b = [](bool v) { return v ? 1.0f : 0.0f; };
    out.push_back({msg("/play", b(pr.playing)), true});
    out.push_back({msg("/stop", b(!pr.playing && !pr.paused)), true});
    out.push_back({msg("/pause", b(pr.paused)), true});
    out.push_back({msg("/record", b(pr.recording)), true});
    out.push_back({msg("/repeat", b(pr.repeat)), true});
    out.push_back({msg("/click", b(pr.click)), true});
    out.push_back({msg("/rewind", b(pr.rewinding)), true});
    out.push_back({msg("/forward", b(pr.forwarding)), true});
    out.push_back({msg("/time", float(pr.position)), false});
    out.push_back({msg("/time/str", pr.timeText()), false});
    out.push_back({msg("/beat/str", pr.beatText()), false});
    out.push_back({msg("/tempo/raw", float(pr.tempo)), false});
    out.push_back({msg("/tempo/str", QString::number(pr.tempo, 'f', 2)), false});

    for (const bool region : {false, true}) {
        const auto& list = region ? pr.regions : pr.markers;
        const int count = region ? s.regionCount : s.markerCount;
        const std::string base = region ? "/region/" : "/marker/";
        for (int i = 1; i <= count; ++i) {
            const bool exists = i <= int(list.size());
            const SimMarker m = exists ? list[std::size_t(i) - 1] : SimMarker{};
            const std::string p = base + std::to_string(i);
            out.push_back({msg(p + "/name", m.name), false});
            out.push_back({msg(p + "/number/str", exists ? QString::number(i) : QString()), false});
            out.push_back({msg(p + "/time", float(m.time)), false});
            if (region)
                out.push_back({msg(p + "/length", float(m.length)), false});
        }
        const int current = region ? pr.currentRegionIndex() : pr.lastMarkerIndex();
        const SimMarker m = current > 0 ? list[std::size_t(current) - 1] : SimMarker{};
        const std::string last = region ? "/lastregion" : "/lastmarker";
        out.push_back({msg(last + "/name", m.name), false});
        out.push_back(
            {msg(last + "/number/str", current > 0 ? QString::number(current) : QString()), false});
        out.push_back({msg(last + "/time", float(m.time)), false});
        if (region)
            out.push_back({msg(last + "/length", float(m.length)), false});
    }
}

std::vector<osc::OscMessage> SimFeedback::collect(const SimProject& project,
                                                  const SimSurface& surface,
                                                  const std::unordered_set<std::string>& handled) {
    std::vector<Item> items;
    items.reserve(std::size_t(surface.bankSize) * 14 + 64);
    for (int slot = 1; slot <= surface.bankSize; ++slot) {
        const int index = surface.bankStart + slot - 1;
        const std::string prefix = "/track/" + std::to_string(slot);
        if (index < int(project.tracks.size())) {
            addTrack(items, prefix, project.tracks[std::size_t(index)], false, index + 1);
        } else {
            SimTrack placeholder;
            placeholder.name = QStringLiteral("Track %1").arg(index + 1);
            placeholder.volume = kFloorPosition;
            addTrack(items, prefix, placeholder, false, index + 1);
        }
    }
    addTrack(items, "/master", project.master, true, 0);
    addGlobal(items, project, surface);

    std::vector<osc::OscMessage> out;
    for (auto& item : items) {
        const osc::OscValue& value = item.message.args.front();
        auto it = m_cache.find(item.message.path);
        const bool changed = it == m_cache.end() || !(it->second == value);
        if (!changed)
            continue;
        m_cache.insert_or_assign(item.message.path, value);
        if (!item.toggle && handled.count(item.message.path))
            continue;
        out.push_back(std::move(item.message));
    }
    return out;
}

} // namespace oscalis::reaper::sim
