#pragma once

#include "osc/Endpoint.h"
#include "reaper/Coalescer.h"
#include "reaper/ConnectionWatch.h"
#include "reaper/FeedbackDispatcher.h"
#include "reaper/LinkSettings.h"
#include "reaper/Session.h"

#include <QObject>
#include <QTimer>

namespace oscalis::reaper {

/// The OSC link to REAPER: receives feedback into the Session, sends the surface's controls
/// (fader and pan streams coalesced), greets REAPER on start and whenever it reappears, and
/// tells whether REAPER is answering. Owns its Endpoint; lives on the GUI thread.
class Link : public QObject {
    Q_OBJECT
public:
    using State = ConnectionWatch::State;

    Link(Session& session, const util::Clock& clock = util::Clock::steady(),
         QObject* parent = nullptr);

    /// How patient the connection watch is; call before start(). Tests shorten it.
    void setWatchTiming(const ConnectionWatch::Timing& timing);

    /// Opens the local port and greets REAPER. False (with errorString()) if the port is taken.
    bool start(const LinkSettings& settings);
    /// Applies new settings: reopens the port when it changed, then greets REAPER again.
    bool apply(const LinkSettings& settings);
    const LinkSettings& settings() const { return m_settings; }
    QString errorString() const { return m_error; }
    State state() const { return m_watch.state(); }
    /// The state in words, for the connection indicator.
    QString stateText() const;
    osc::Endpoint& endpoint() { return m_endpoint; }
    const FeedbackDispatcher& dispatcher() const { return m_dispatcher; }

    // Strip controls; slot 0 is the master, 1..N the bank.
    void setVolume(int slot, float position);
    void setPan(int slot, float position);
    void setVolumeTouch(int slot, bool touching);
    void setMute(int slot, bool on);
    void setSolo(int slot, bool on);
    void setRecArm(int slot, bool on);
    void selectTrack(int slot);

    // Transport.
    void play();
    void stop();
    void pause();
    void record();
    void toggleRepeat();
    void toggleClick();
    void setRewinding(bool held);
    void setForwarding(bool held);
    void setTempo(double bpm);
    void gotoMarker(int number);
    void gotoRegion(int number);
    void previousMarker();
    void nextMarker();

    // Banks.
    void setBankSize(int size);
    void gotoBank(int index);
    void nextBank();
    void previousBank();
    /// Asks REAPER to send everything again.
    void refresh();

Q_SIGNALS:
    void stateChanged(oscalis::reaper::Link::State state);
    /// apply() took new settings (the composition root re-points the script's folder).
    void settingsApplied(const oscalis::reaper::LinkSettings& settings);

private:
    void onMessage(std::string_view path, const osc::OscArgs& args);
    void onDatagrams();
    void onTick();
    void sendHandshake();
    void send(const osc::OscMessage& message);
    void setState(State before);

    Session& m_session;
    const util::Clock& m_clock;
    LinkSettings m_settings;
    osc::Endpoint m_endpoint;
    FeedbackDispatcher m_dispatcher;
    Coalescer m_coalescer;
    ConnectionWatch m_watch;
    QTimer m_tick;
    QString m_error;
};

} // namespace oscalis::reaper
