#pragma once

#include "audio/EncodedPacket.h"
#include "audio/EncoderSettings.h"
#include "audio/LevelMeter.h"
#include "audio/SourceChoice.h"
#include "audio/SpscRing.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace oscalis::audio {

class AudioSource;
class StreamEncoder;

/// The studio's live stream: runs the chosen source and the Opus encoder on a thread of its own
/// and hands the packets out through a lock-free ring (packets()), which exactly one reader
/// drains (the web server's fan-out). The reader is woken by packetsReady(), at most once until
/// it calls rearm() — so a busy stream posts one event per drain, not one per packet.
///
/// Owner: the composition root (app) or a test, on the GUI thread: start/stop/the destructor
/// there. packets() and rearm() on the one reader thread; level() from the UI thread.
class StreamEngine : public QObject {
    Q_OBJECT

public:
    static constexpr int kRingPackets = 512; ///< 1.3 s at 2.5 ms frames, 10 s at 20 ms

    explicit StreamEngine(QObject* parent = nullptr);
    ~StreamEngine() override;

    /// Starts (or restarts) the stream. False with the reason in error when the settings are
    /// wrong; a source that cannot start reports through failed().
    bool start(const SourceChoice& source, const EncoderSettings& settings, QString& error);
    void stop();
    bool isRunning() const { return m_running; }

    SpscRing<EncodedPacket>& packets() { return m_ring; }
    /// Lets the next packet emit packetsReady() again; call before draining packets().
    void rearm() { m_wakePending.store(false, std::memory_order_release); }
    LevelMeter& level() { return m_level; }

Q_SIGNALS:
    /// Emitted on the stream's thread: packets are waiting (see rearm()).
    void packetsReady();
    /// The source runs; description says what it is ("Test tone 1000 Hz").
    void started(const QString& description);
    /// The source could not start or stopped working; the stream is stopped.
    void failed(const QString& reason);

private:
    void startOnThread(const SourceChoice& source, const EncoderSettings& settings);
    void stopOnThread();
    void wake();

    QThread m_thread;
    QObject* m_context; ///< lives on m_thread: queued calls run there; deleted with the thread
    SpscRing<EncodedPacket> m_ring{kRingPackets};
    LevelMeter m_level;
    std::atomic<bool> m_wakePending{false};
    bool m_running = false;
    // Only touched on m_thread:
    std::unique_ptr<StreamEncoder> m_encoder;
    std::unique_ptr<AudioSource> m_source;
};

} // namespace oscalis::audio
