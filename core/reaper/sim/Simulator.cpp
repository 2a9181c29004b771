#include "reaper/sim/Simulator.h"

#include "osc/PacketBuilder.h"
#include "reaper/FaderTaper.h"
#include "reaper/ReaperActions.h"
#include "util/LogCategories.h"

#include <algorithm>

namespace oscalis::reaper::sim {

namespace {
// `b` patterns: only exactly 0 or 1 count. `t` patterns: no argument, or 1.
bool binaryValue(const osc::OscArgs& a, bool& out) {
    if (!a.isNumber(0))
        return false;
    const float v = a.number(0);
    if (v != 0.0f && v != 1.0f)
        return false;
    out = v == 1.0f;
    return true;
}
bool triggered(const osc::OscArgs& a) {
    return a.count() == 0 || (a.isNumber(0) && a.number(0) == 1.0f);
}
} // namespace

Simulator::Simulator(SimOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_endpoint(this) {
    m_project = SimProject::demo(m_options.tracks, m_options.markers, m_options.regions);
    if (m_options.play)
        m_project.play();
    addRoutes();
    m_endpoint.setHandler(
        [this](std::string_view path, const osc::OscArgs& args) { onMessage(path, args); });
    connect(&m_endpoint, &osc::Endpoint::datagramsArrived, this, [this] {
        publish();
        m_handled.clear();
    });
    m_surfaceTimer.setTimerType(Qt::PreciseTimer);
    m_surfaceTimer.setInterval(int(1000.0 / std::max(1.0, m_options.surfaceRateHz)));
    connect(&m_surfaceTimer, &QTimer::timeout, this, &Simulator::onTick);
    m_sendTimer.setTimerType(Qt::PreciseTimer);
    m_sendTimer.setInterval(m_options.sendIntervalMs);
    connect(&m_sendTimer, &QTimer::timeout, this, &Simulator::sendNextPacket);
}

bool Simulator::start() {
    if (!m_endpoint.open(m_options.port))
        return false;
    if (m_options.replyHost.isEmpty() || m_options.replyPort == 0)
        m_endpoint.setReplyToSender(true);
    else
        m_endpoint.setTarget(m_options.replyHost, m_options.replyPort);
    m_elapsed.start();
    m_lastTickNs = 0;
    m_surfaceTimer.start();
    qCInfo(lcSim).noquote() << QStringLiteral(
                                   "REAPER simulator listening on UDP port %1 with %2 tracks")
                                   .arg(m_endpoint.port())
                                   .arg(m_project.tracks.size());
    return true;
}

void Simulator::stop() {
    m_surfaceTimer.stop();
    m_sendTimer.stop();
    m_queue.clear();
    m_endpoint.close();
}

void Simulator::onTick() {
    const qint64 now = m_elapsed.nsecsElapsed();
    m_project.advance(double(now - m_lastTickNs) / 1e9);
    m_lastTickNs = now;
    publish();
}

void Simulator::publish() {
    // REAPER sends nothing in "local port" mode until someone has spoken to it; like REAPER,
    // the values it could not send still count as sent.
    auto messages = m_feedback.collect(m_project, m_surface, m_handled);
    if (messages.empty() || !m_endpoint.hasTarget())
        return;
    for (auto& packet : osc::PacketBuilder::pack(messages, std::size_t(m_options.maxPacketBytes)))
        m_queue.push_back(std::move(packet));
    if (m_options.sendIntervalMs <= 0) {
        while (!m_queue.empty())
            sendNextPacket();
    } else if (!m_sendTimer.isActive()) {
        sendNextPacket();
        m_sendTimer.start();
    }
}

void Simulator::sendNextPacket() {
    if (m_queue.empty()) {
        m_sendTimer.stop();
        return;
    }
    const auto packet = std::move(m_queue.front());
    m_queue.pop_front();
    m_endpoint.sendBundle(packet);
    ++m_packetsSent;
    m_messagesSent += packet.size();
    m_largestPacket = std::max(m_largestPacket, osc::PacketBuilder::packetSize(packet));
}

SimTrack* Simulator::trackAt(int slot) {
    const int index = m_surface.bankStart + slot; // 1-based track number; 0 is the master
    if (index == 0)
        return &m_project.master;
    if (slot < 0 || index > int(m_project.tracks.size()))
        return nullptr;
    return &m_project.tracks[std::size_t(index) - 1];
}

void Simulator::setBank(int start) {
    const int count = int(m_project.tracks.size());
    const int size = std::max(1, m_surface.bankSize);
    const int lastStart = count > 0 ? ((count - 1) / size) * size : 0;
    m_surface.bankStart = std::clamp(start, 0, lastStart);
}

void Simulator::onMessage(std::string_view path, const osc::OscArgs& args) {
    ++m_messagesReceived;
    if (m_router.dispatch(path, args) == PatternRouter::Result::Handled) {
        m_handled.emplace(path);
        Q_EMIT messageHandled(QString::fromUtf8(path.data(), qsizetype(path.size())));
    }
}

void Simulator::addRoutes() {
    addTrackRoutes();
    addTransportRoutes();
    addDeviceRoutes();
}

void Simulator::addTrackRoutes() {
    const auto number = [this](const std::string& pattern, auto apply) {
        m_router.add(pattern, ArgKind::Number,
                     [this, apply](const Wildcards& w, const osc::OscArgs& a) {
                         if (SimTrack* t = trackAt(w[0]))
                             apply(*t, a.number(0));
                     });
    };
    const auto binary = [this](const std::string& pattern, bool SimTrack::*field) {
        m_router.add(pattern, ArgKind::Number,
                     [this, field](const Wildcards& w, const osc::OscArgs& a) {
                         bool v = false;
                         if (SimTrack* t = trackAt(w[0]); t && binaryValue(a, v))
                             t->*field = v;
                     });
        m_router.add(pattern + "/toggle", ArgKind::None,
                     [this, field](const Wildcards& w, const osc::OscArgs& a) {
                         if (SimTrack* t = trackAt(w[0]); t && triggered(a))
                             t->*field = !(t->*field);
                     });
    };
    number("/track/@/volume", [](SimTrack& t, float v) { t.volume = std::clamp(v, 0.0f, 1.0f); });
    number("/track/@/volume/db",
           [](SimTrack& t, float db) { t.volume = float(taper::dbToPosition(db)); });
    number("/track/@/pan", [](SimTrack& t, float v) { t.pan = std::clamp(v, 0.0f, 1.0f); });
    number("/track/@/volume/touch", [](SimTrack&, float) {});
    binary("/track/@/mute", &SimTrack::mute);
    binary("/track/@/solo", &SimTrack::solo);
    binary("/track/@/recarm", &SimTrack::recArm);
    m_router.add("/track/@/select", ArgKind::Number,
                 [this](const Wildcards& w, const osc::OscArgs& a) {
                     bool v = false;
                     if (SimTrack* t = trackAt(w[0]); t && binaryValue(a, v)) {
                         if (v) // REAPER follows the device: one selected track
                             for (auto& other : m_project.tracks)
                                 other.selected = false;
                         t->selected = v;
                     }
                 });
    m_router.add("/track/@/name", ArgKind::String,
                 [this](const Wildcards& w, const osc::OscArgs& a) {
                     if (SimTrack* t = trackAt(w[0]))
                         t->name = a.text(0);
                 });
    m_router.add("/master/volume", ArgKind::Number,
                 [this](const Wildcards&, const osc::OscArgs& a) {
                     m_project.master.volume = std::clamp(a.number(0), 0.0f, 1.0f);
                 });
    m_router.add("/master/pan", ArgKind::Number, [this](const Wildcards&, const osc::OscArgs& a) {
        m_project.master.pan = std::clamp(a.number(0), 0.0f, 1.0f);
    });
}

void Simulator::addTransportRoutes() {
    const auto trigger = [this](const std::string& pattern, void (SimProject::*action)()) {
        m_router.add(pattern, ArgKind::None,
                     [this, action](const Wildcards&, const osc::OscArgs& a) {
                         if (triggered(a))
                             (m_project.*action)();
                     });
    };
    trigger("/play", &SimProject::play);
    trigger("/stop", &SimProject::stop);
    trigger("/pause", &SimProject::pause);
    trigger("/record", &SimProject::record);
    m_router.add("/repeat", ArgKind::None, [this](const Wildcards&, const osc::OscArgs& a) {
        if (triggered(a))
            m_project.repeat = !m_project.repeat;
    });
    m_router.add("/click", ArgKind::None, [this](const Wildcards&, const osc::OscArgs& a) {
        if (triggered(a))
            m_project.click = !m_project.click;
    });
    m_router.add("/rewind", ArgKind::Number, [this](const Wildcards&, const osc::OscArgs& a) {
        binaryValue(a, m_project.rewinding);
    });
    m_router.add("/forward", ArgKind::Number, [this](const Wildcards&, const osc::OscArgs& a) {
        binaryValue(a, m_project.forwarding);
    });
    m_router.add("/tempo/raw", ArgKind::Number, [this](const Wildcards&, const osc::OscArgs& a) {
        m_project.tempo = std::clamp(double(a.number(0)), 1.0, 960.0);
    });
    m_router.add("/marker", ArgKind::Number, [this](const Wildcards&, const osc::OscArgs& a) {
        m_project.gotoMarker(int(a.number(0)));
    });
    m_router.add("/marker/@", ArgKind::None, [this](const Wildcards& w, const osc::OscArgs& a) {
        if (triggered(a))
            m_project.gotoMarker(w[0]);
    });
    m_router.add("/region", ArgKind::Number, [this](const Wildcards&, const osc::OscArgs& a) {
        m_project.gotoRegion(int(a.number(0)));
    });
    m_router.add("/region/@", ArgKind::None, [this](const Wildcards& w, const osc::OscArgs& a) {
        if (triggered(a))
            m_project.gotoRegion(w[0]);
    });
}

void Simulator::addDeviceRoutes() {
    const auto runAction = [this](int id) {
        if (id == actions::kRefreshAllSurfaces)
            m_feedback.clear();
        else if (id == actions::kPreviousMarker)
            m_project.previousMarker();
        else if (id == actions::kNextMarker)
            m_project.nextMarker();
    };
    // `/action i` takes an int (a float there does nothing in practice); `/action ii` runs both.
    m_router.add("/action", ArgKind::Number, [runAction](const Wildcards&, const osc::OscArgs& a) {
        for (int i = 0; i < a.count(); ++i)
            if (a.type(i) == 'i')
                runAction(int(a.number(i)));
    });
    m_router.add("/action/@", ArgKind::None,
                 [runAction](const Wildcards& w, const osc::OscArgs& a) {
                     if (triggered(a))
                         runAction(w[0]);
                 });
    const auto count = [this](const std::string& pattern, int SimSurface::*field, int max) {
        m_router.add(pattern, ArgKind::Number,
                     [this, field, max](const Wildcards&, const osc::OscArgs& a) {
                         m_surface.*field = std::clamp(int(a.number(0)), 0, max);
                     });
    };
    count("/device/track/count", &SimSurface::bankSize, 128);
    count("/device/marker/count", &SimSurface::markerCount, 128);
    count("/device/region/count", &SimSurface::regionCount, 128);
    m_router.add("/device/track/bank/select", ArgKind::Number,
                 [this](const Wildcards&, const osc::OscArgs& a) {
                     setBank((int(a.number(0)) - 1) * m_surface.bankSize);
                 });
    m_router.add("/device/track/bank/select/@", ArgKind::None,
                 [this](const Wildcards& w, const osc::OscArgs& a) {
                     if (triggered(a))
                         setBank((w[0] - 1) * m_surface.bankSize);
                 });
    // In DEVICE bank-follow mode, +/- wrap around the project.
    m_router.add("/device/track/bank/+", ArgKind::None,
                 [this](const Wildcards&, const osc::OscArgs& a) {
                     if (!triggered(a))
                         return;
                     const int next = m_surface.bankStart + m_surface.bankSize;
                     setBank(next >= int(m_project.tracks.size()) ? 0 : next);
                 });
    m_router.add("/device/track/bank/-", ArgKind::None,
                 [this](const Wildcards&, const osc::OscArgs& a) {
                     if (!triggered(a))
                         return;
                     const int size = std::max(1, m_surface.bankSize);
                     const int count = int(m_project.tracks.size());
                     setBank(m_surface.bankStart == 0 ? ((count - 1) / size) * size
                                                      : m_surface.bankStart - size);
                 });
}

} // namespace oscalis::reaper::sim
