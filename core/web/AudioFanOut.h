#pragma once

#include "util/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

namespace oscalis::audio {
class StreamEngine;
}

namespace oscalis::web {

class HubClient;

/// Sends the studio's live stream to every WebSocket that asked for it (`audio.listen`), as
/// binary frames: the same packet bytes, made once, to everyone (docs/AUDIO.md).
///
/// Each listener's queue is bounded by what its socket still has to write: while that is more
/// than about kQueueMs of the stream, its packets are skipped (it resumes with the newest ones;
/// the sequence numbers show the gap). A listener that stays over the bound for kStallMs is
/// dropped with `audio.stopped` (code `too_slow`); its WebSocket stays open for the rest. Nobody
/// else waits for a slow listener.
///
/// Owner: the Hub, on the network thread; every call on that thread.
class AudioFanOut : public QObject {
    Q_OBJECT

public:
    static constexpr int kQueueMs = 250;
    static constexpr int kMinQueueBytes = 4 * 1024;
    static constexpr std::int64_t kStallMs = 3000;
    /// What a binary frame costs beyond its packet (WebSocket and TLS framing), roughly.
    static constexpr int kFrameOverheadBytes = 40;

    explicit AudioFanOut(const util::Clock& clock, QObject* parent = nullptr);

    /// `audio.listen` from client, already permitted: it gets `audio.listening` and from now
    /// on every packet.
    void listen(HubClient& client, const QJsonValue& ref);
    /// `audio.stop`: no more packets; answered with `audio.stopped` (code `asked`).
    void stop(HubClient& client, const QJsonValue& ref);
    /// One packet (an AudioPacket's bytes) to every listener that keeps up.
    void publish(const QByteArray& packet);
    /// Reads every packet waiting in the engine's ring and publishes it; the ring's one reader.
    void drain(audio::StreamEngine& engine);

    int listenerCount() const { return int(m_listeners.size()); }
    /// The bytes a listener's socket may hold before its packets are skipped.
    int queueLimitBytes() const;

Q_SIGNALS:
    void listenerCountChanged(int count);

private:
    struct Listener {
        QPointer<HubClient> client;
        std::int64_t overSinceMs = -1; ///< when its queue went over the limit; -1: it is not
        quint64 sent = 0;
        quint64 skipped = 0;
    };

    void drop(HubClient* client, const QString& code, const QString& reason,
              const QJsonValue& ref = {});
    void forget(HubClient* client);

    const util::Clock& m_clock;
    QHash<HubClient*, Listener> m_listeners;
    double m_bytesPerSecond = 0.0; ///< the stream's rate with framing, averaged over packets
};

} // namespace oscalis::web
