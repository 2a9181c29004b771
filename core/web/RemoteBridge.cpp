#include "web/RemoteBridge.h"

#include "reaper/Link.h"
#include "reaper/Session.h"

#include <functional>
#include <map>

namespace oscalis::web {

RemoteBridge::RemoteBridge(reaper::Session& session, reaper::Link& link, QObject* parent)
    : QObject(parent), m_session(session), m_link(link) {
    m_pace.setSingleShot(true);
    m_pace.setInterval(kMinIntervalMs);
    connect(&m_pace, &QTimer::timeout, this, &RemoteBridge::publish);
    connect(&session, &reaper::Session::trackChanged, this, &RemoteBridge::changed);
    connect(&session, &reaper::Session::transportChanged, this, &RemoteBridge::changed);
    connect(&session, &reaper::Session::bankChanged, this, &RemoteBridge::changed);
    connect(&session, &reaper::Session::bankSizeChanged, this, &RemoteBridge::changed);
    connect(&session, &reaper::Session::projectChanged, this, &RemoteBridge::changed);
    connect(&link, &reaper::Link::stateChanged, this, &RemoteBridge::changed);
    m_last = snapshot();
}

ReaperSnapshot RemoteBridge::snapshot() const {
    return ReaperSnapshot::take(m_session, m_link.state() == reaper::Link::State::Connected);
}

void RemoteBridge::changed() {
    m_dirty = true;
    if (!m_pace.isActive())
        m_pace.start();
}

void RemoteBridge::publish() {
    if (!m_dirty)
        return;
    m_dirty = false;
    ReaperSnapshot now = snapshot();
    if (now == m_last)
        return;
    m_last = now;
    Q_EMIT stateChanged(m_last);
    m_pace.start(); // what changes meanwhile waits for the next turn
}

void RemoteBridge::apply(const RemoteCommand& command) {
    switch (command.kind) {
    case RemoteCommand::Kind::Transport:
        applyTransport(command.action);
        return;
    case RemoteCommand::Kind::Bank:
        if (command.action == QLatin1String("next"))
            m_link.nextBank();
        else
            m_link.previousBank();
        return;
    case RemoteCommand::Kind::Track:
        applyTrack(command);
        return;
    }
}

void RemoteBridge::applyTransport(const QString& action) {
    using Hold = void (reaper::Link::*)(bool);
    const auto nudge = [this](Hold hold) {
        (m_link.*hold)(true);
        QTimer::singleShot(kNudgeMs, this, [this, hold] { (m_link.*hold)(false); });
    };
    const std::map<QString, std::function<void()>> actions{
        {QStringLiteral("play"), [this] { m_link.play(); }},
        {QStringLiteral("stop"), [this] { m_link.stop(); }},
        {QStringLiteral("pause"), [this] { m_link.pause(); }},
        {QStringLiteral("record"), [this] { m_link.record(); }},
        {QStringLiteral("rewind"), [nudge] { nudge(&reaper::Link::setRewinding); }},
        {QStringLiteral("forward"), [nudge] { nudge(&reaper::Link::setForwarding); }},
        {QStringLiteral("previousMarker"), [this] { m_link.previousMarker(); }},
        {QStringLiteral("nextMarker"), [this] { m_link.nextMarker(); }},
    };
    if (const auto it = actions.find(action); it != actions.end())
        it->second();
}

void RemoteBridge::applyTrack(const RemoteCommand& c) {
    int slot = 0;
    for (int s = 1; s <= m_session.bankSize(); ++s)
        if (m_session.absoluteNumber(s) == c.number)
            slot = s;
    if (slot == 0)
        return;
    if (c.volume)
        m_link.setVolume(slot, float(*c.volume));
    if (c.pan)
        m_link.setPan(slot, float((*c.pan + 1.0) / 2.0));
    if (c.mute)
        m_link.setMute(slot, *c.mute);
    if (c.solo)
        m_link.setSolo(slot, *c.solo);
    if (c.arm)
        m_link.setRecArm(slot, *c.arm);
}

} // namespace oscalis::web
