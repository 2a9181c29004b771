#include "reaper/Link.h"

#include "reaper/FaderTaper.h"
#include "reaper/ReaperActions.h"
#include "util/LogCategories.h"

namespace oscalis::reaper {

namespace {
enum ControlKind : quint32 { KindVolume = 1, KindPan = 2, KindTempo = 3 };
quint32 controlKey(ControlKind kind, int slot) {
    return (quint32(kind) << 16) | quint32(slot);
}

std::string stripPath(int slot, const char* what) {
    return slot == 0 ? std::string("/master/") + what
                     : "/track/" + std::to_string(slot) + "/" + what;
}
} // namespace

Link::Link(Session& session, const util::Clock& clock, QObject* parent)
    : QObject(parent), m_session(session), m_clock(clock), m_endpoint(this), m_dispatcher(session),
      m_coalescer([this](const osc::OscMessage& m) { send(m); }, clock,
                  Coalescer::kDefaultIntervalMs, this) {
    m_endpoint.setHandler(
        [this](std::string_view path, const osc::OscArgs& args) { onMessage(path, args); });
    connect(&m_endpoint, &osc::Endpoint::datagramsArrived, this, &Link::onDatagrams);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &Link::onTick);
}

void Link::setWatchTiming(const ConnectionWatch::Timing& timing) {
    m_watch = ConnectionWatch(timing);
    m_tick.setInterval(int(std::clamp<std::int64_t>(timing.answerWithinMs / 8, 10, 250)));
}

bool Link::start(const LinkSettings& settings) {
    m_settings = settings;
    m_session.setBankSize(settings.bankSize);
    if (!m_endpoint.open(settings.listenPort)) {
        m_error = m_endpoint.errorString();
        qCWarning(lcReaper).noquote() << m_error;
        return false;
    }
    m_error.clear();
    m_endpoint.setTarget(settings.reaperHost, settings.reaperPort);
    qCInfo(lcReaper).noquote() << QStringLiteral(
                                      "Listening for REAPER on UDP port %1, sending to %2:%3")
                                      .arg(m_endpoint.port())
                                      .arg(settings.reaperHost)
                                      .arg(settings.reaperPort);
    const State before = m_watch.state();
    m_watch.start(m_clock.nowMs());
    sendHandshake();
    m_tick.start();
    setState(before);
    return true;
}

bool Link::apply(const LinkSettings& settings) {
    if (!m_endpoint.isOpen() || settings.listenPort != m_settings.listenPort) {
        const bool started = start(settings);
        Q_EMIT settingsApplied(m_settings);
        return started;
    }
    m_settings = settings;
    m_session.setBankSize(settings.bankSize);
    m_endpoint.setTarget(settings.reaperHost, settings.reaperPort);
    m_watch.handshakeSent(m_clock.nowMs());
    sendHandshake();
    Q_EMIT settingsApplied(m_settings);
    return true;
}

QString Link::stateText() const {
    if (!m_error.isEmpty())
        return m_error;
    switch (m_watch.state()) {
    case State::Connecting:
        return tr("Connecting to REAPER at %1:%2…")
            .arg(m_settings.reaperHost)
            .arg(m_settings.reaperPort);
    case State::Connected:
        return tr("Connected to REAPER");
    case State::NotAnswering:
        return tr("REAPER is not answering (%1:%2)")
            .arg(m_settings.reaperHost)
            .arg(m_settings.reaperPort);
    }
    return {};
}

void Link::onMessage(std::string_view path, const osc::OscArgs& args) {
    m_dispatcher.apply(path, args);
}

void Link::onDatagrams() {
    const State before = m_watch.state();
    if (m_watch.feedbackArrived(m_clock.nowMs()))
        sendHandshake();
    setState(before);
}

void Link::onTick() {
    const State before = m_watch.state();
    if (m_watch.tick(m_clock.nowMs()))
        sendHandshake();
    setState(before);
}

void Link::setState(State before) {
    if (m_watch.state() == before)
        return;
    qCInfo(lcReaper).noquote() << stateText();
    Q_EMIT stateChanged(m_watch.state());
}

void Link::sendHandshake() {
    // Bank size and marker/region counts first, then the bank we show, then "refresh all":
    // REAPER answers only what changed, so without the refresh a new surface sees nothing.
    m_endpoint.sendBundle({
        osc::OscMessage("/device/track/count", std::int32_t(m_session.bankSize())),
        osc::OscMessage("/device/marker/count", std::int32_t(m_settings.markerCount)),
        osc::OscMessage("/device/region/count", std::int32_t(m_settings.regionCount)),
        osc::OscMessage("/device/track/bank/select", std::int32_t(m_session.bankIndex())),
        osc::OscMessage("/action", std::int32_t(actions::kRefreshAllSurfaces)),
    });
}

void Link::send(const osc::OscMessage& message) {
    m_endpoint.send(message);
}

void Link::setVolume(int slot, float position) {
    TrackState* t = m_session.trackForUpdate(slot);
    if (!t)
        return;
    position = std::clamp(position, 0.0f, 1.0f);
    if (t->volume != position) {
        // REAPER does not echo the value it is handling: the model takes it now.
        t->volume = position;
        t->volumeDb = taper::positionToDb(position);
        t->volumeText.clear();
        m_session.notifyTrack(slot, FieldVolume | FieldVolumeText);
    }
    m_coalescer.submit(controlKey(KindVolume, slot),
                       osc::OscMessage(stripPath(slot, "volume"), position));
}

void Link::setPan(int slot, float position) {
    TrackState* t = m_session.trackForUpdate(slot);
    if (!t)
        return;
    position = std::clamp(position, 0.0f, 1.0f);
    if (t->pan != position) {
        t->pan = position;
        t->panText = pan::format(position);
        m_session.notifyTrack(slot, FieldPan | FieldPanText);
    }
    m_coalescer.submit(controlKey(KindPan, slot),
                       osc::OscMessage(stripPath(slot, "pan"), position));
}

void Link::setVolumeTouch(int slot, bool touching) {
    if (slot >= 1 && slot <= m_session.bankSize())
        send(osc::OscMessage(stripPath(slot, "volume/touch"), touching ? 1.0f : 0.0f));
}

void Link::setMute(int slot, bool on) {
    if (slot >= 1 && slot <= m_session.bankSize())
        send(osc::OscMessage(stripPath(slot, "mute"), on ? 1.0f : 0.0f));
}

void Link::setSolo(int slot, bool on) {
    if (slot >= 1 && slot <= m_session.bankSize())
        send(osc::OscMessage(stripPath(slot, "solo"), on ? 1.0f : 0.0f));
}

void Link::setRecArm(int slot, bool on) {
    if (slot >= 1 && slot <= m_session.bankSize())
        send(osc::OscMessage(stripPath(slot, "recarm"), on ? 1.0f : 0.0f));
}

void Link::selectTrack(int slot) {
    if (slot >= 1 && slot <= m_session.bankSize())
        send(osc::OscMessage(stripPath(slot, "select"), 1.0f));
}

void Link::play() {
    send(osc::OscMessage("/play", 1.0f));
}
void Link::stop() {
    send(osc::OscMessage("/stop", 1.0f));
}
void Link::pause() {
    send(osc::OscMessage("/pause", 1.0f));
}
void Link::record() {
    send(osc::OscMessage("/record", 1.0f));
}
void Link::toggleRepeat() {
    send(osc::OscMessage("/repeat", 1.0f));
}
void Link::toggleClick() {
    send(osc::OscMessage("/click", 1.0f));
}
void Link::setRewinding(bool held) {
    send(osc::OscMessage("/rewind", held ? 1.0f : 0.0f));
}
void Link::setForwarding(bool held) {
    send(osc::OscMessage("/forward", held ? 1.0f : 0.0f));
}

void Link::setTempo(double bpm) {
    m_coalescer.submit(controlKey(KindTempo, 0), osc::OscMessage("/tempo/raw", float(bpm)));
}

void Link::gotoMarker(int number) {
    send(osc::OscMessage("/marker", std::int32_t(number)));
}
void Link::gotoRegion(int number) {
    send(osc::OscMessage("/region", std::int32_t(number)));
}
void Link::previousMarker() {
    send(osc::OscMessage("/action", std::int32_t(actions::kPreviousMarker)));
}
void Link::nextMarker() {
    send(osc::OscMessage("/action", std::int32_t(actions::kNextMarker)));
}

void Link::setBankSize(int size) {
    size = std::clamp(size, Session::kMinBankSize, Session::kMaxBankSize);
    if (size == m_session.bankSize())
        return;
    m_settings.bankSize = size;
    m_session.setBankSize(size);
    m_watch.handshakeSent(m_clock.nowMs());
    sendHandshake();
}

void Link::gotoBank(int index) {
    // The bank start is learnt from REAPER's /track/N/number/str replies, never guessed: REAPER
    // clamps the bank to the project and does not report which bank it chose.
    send(osc::OscMessage("/device/track/bank/select", std::int32_t(std::max(1, index))));
}

void Link::nextBank() {
    // Past the last bank REAPER would clamp (or, with bank/+, wrap): stay put when the
    // ReaScript has told us how many tracks there are.
    if (const auto last = m_session.lastBankIndex(); last && m_session.bankIndex() >= *last)
        return;
    gotoBank(m_session.bankIndex() + 1);
}
void Link::previousBank() {
    gotoBank(m_session.bankIndex() - 1);
}

void Link::refresh() {
    m_watch.handshakeSent(m_clock.nowMs());
    sendHandshake();
}

} // namespace oscalis::reaper
