#pragma once

#include "web/ReaperSnapshot.h"
#include "web/RemoteCommand.h"

#include <QObject>
#include <QTimer>

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper

namespace oscalis::web {

/// The browser remote's way to REAPER across threads. On the GUI thread, next to the
/// reaper::Session and reaper::Link: it sends a ReaperSnapshot whenever the session changes (at
/// most 20 a second), and carries out the remote commands the Hub has already permission-checked,
/// with the same Link calls as the transport bar and the channel strips.
///
/// Owner: WebServer; GUI thread. Its signal and slot are meant for queued connections to the Hub.
class RemoteBridge : public QObject {
    Q_OBJECT

public:
    static constexpr int kMinIntervalMs = 50; ///< 20 snapshots a second at most
    /// How long a remote's rewind or forward holds the button down in REAPER.
    static constexpr int kNudgeMs = 400;

    RemoteBridge(reaper::Session& session, reaper::Link& link, QObject* parent = nullptr);

    /// The state now (also sent by stateChanged).
    ReaperSnapshot snapshot() const;

public Q_SLOTS:
    /// Carries out a command; a track outside the current bank is ignored.
    void apply(const oscalis::web::RemoteCommand& command);

Q_SIGNALS:
    void stateChanged(const oscalis::web::ReaperSnapshot& snapshot);

private:
    void changed();
    void publish();
    void applyTransport(const QString& action);
    void applyTrack(const RemoteCommand& command);

    reaper::Session& m_session;
    reaper::Link& m_link;
    QTimer m_pace;
    bool m_dirty = false;
    ReaperSnapshot m_last;
};

} // namespace oscalis::web
