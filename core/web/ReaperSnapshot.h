#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>
#include <vector>

namespace oscalis::reaper {
class Session;
}

namespace oscalis::web {

/// What the browser remote shows of REAPER (`reaper.state` in docs/API.md): connection,
/// transport, the current bank and its tracks. Taken on the GUI thread from the reaper::Session
/// by the RemoteBridge and sent to the Hub by queued signal. A plain value; any thread.
struct ReaperSnapshot {
    struct Track {
        int number = 0;
        QString name;
        QString color;       ///< "#rrggbb", empty when REAPER's default
        double volume = 0.0; ///< fader position 0..1
        QString volumeText;
        double pan = 0.0; ///< -1 .. 1
        QString panText;
        bool mute = false;
        bool solo = false;
        bool arm = false;
        double meter = 0.0; ///< the louder channel, 0..1
        bool operator==(const Track&) const = default;
    };
    bool connected = false;
    bool playing = false;
    bool recording = false;
    bool paused = false;
    bool repeat = false;
    double time = 0.0; ///< seconds
    QString beats;
    int bankFirst = 1;
    int bankSize = 0;
    std::optional<int> total; ///< the project's track count, once the ReaScript has said it
    std::vector<Track> tracks;
    bool operator==(const ReaperSnapshot&) const = default;

    /// The state as it stands in session; connected says whether REAPER answers.
    static ReaperSnapshot take(const reaper::Session& session, bool connected);
    /// The `reaper.state` message.
    QJsonObject toMessage() const;
};

} // namespace oscalis::web

Q_DECLARE_METATYPE(oscalis::web::ReaperSnapshot)
