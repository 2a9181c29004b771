#include "web/ReaperSnapshot.h"

#include "reaper/Session.h"
#include "web/api/OrNull.h"

#include <QJsonArray>

#include <algorithm>

namespace oscalis::web {

ReaperSnapshot ReaperSnapshot::take(const reaper::Session& session, bool connected) {
    ReaperSnapshot s;
    s.connected = connected;
    const reaper::TransportState& t = session.transport();
    s.playing = t.playing;
    s.recording = t.recording;
    s.paused = t.paused;
    s.repeat = t.repeat;
    s.time = t.seconds;
    s.beats = t.beatText;
    s.bankFirst = session.bankStart();
    s.bankSize = session.bankSize();
    s.total = session.trackCount();
    for (int slot = 1; slot <= session.bankSize(); ++slot) {
        const reaper::TrackState* track = session.track(slot);
        if (!track || (s.total && track->number > *s.total))
            continue; // REAPER's placeholders past the last track
        Track out;
        out.number = track->number;
        out.name = track->name;
        if (const reaper::ProjectTrack* p = session.projectTrack(track->number))
            out.color = p->colour;
        out.volume = track->volume;
        out.volumeText = track->volumeText;
        out.pan = track->pan * 2.0 - 1.0;
        out.panText = track->panText;
        out.mute = track->mute;
        out.solo = track->solo;
        out.arm = track->recArm;
        out.meter = std::max(track->vuLeft, track->vuRight);
        s.tracks.push_back(out);
    }
    return s;
}

QJsonObject ReaperSnapshot::toMessage() const {
    QJsonArray list;
    for (const Track& t : tracks)
        list.append(QJsonObject{
            {QStringLiteral("number"), t.number},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("color"), t.color.isEmpty() ? QJsonValue() : QJsonValue(t.color)},
            {QStringLiteral("volume"), t.volume},
            {QStringLiteral("volumeText"), t.volumeText},
            {QStringLiteral("pan"), t.pan},
            {QStringLiteral("panText"), t.panText},
            {QStringLiteral("mute"), t.mute},
            {QStringLiteral("solo"), t.solo},
            {QStringLiteral("arm"), t.arm},
            {QStringLiteral("meter"), t.meter}});
    return {{QStringLiteral("type"), QStringLiteral("reaper.state")},
            {QStringLiteral("connected"), connected},
            {QStringLiteral("transport"), QJsonObject{{QStringLiteral("playing"), playing},
                                                      {QStringLiteral("recording"), recording},
                                                      {QStringLiteral("paused"), paused},
                                                      {QStringLiteral("repeat"), repeat},
                                                      {QStringLiteral("time"), time},
                                                      {QStringLiteral("beats"), beats}}},
            {QStringLiteral("bank"), QJsonObject{{QStringLiteral("first"), bankFirst},
                                                 {QStringLiteral("size"), bankSize},
                                                 {QStringLiteral("total"), orNull(total)}}},
            {QStringLiteral("tracks"), list}};
}

} // namespace oscalis::web
