#pragma once

#include "osc/Endpoint.h"
#include "reaper/PatternRouter.h"
#include "reaper/sim/SimFeedback.h"
#include "reaper/sim/SimOptions.h"
#include "reaper/sim/SimProject.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <unordered_set>

namespace oscalis::reaper::sim {

/// A stand-in for REAPER's OSC control surface with the stock pattern file: it obeys the
/// surface's messages and answers with change-only feedback in bundles of at most
/// maxPacketBytes (a lone message bare), paced like REAPER, with no echo of the address being
/// handled and a full re-send on action 41743. Used by tests, `oscalis --demo` and
/// `oscalis-reaper-sim`. Lives on the thread that creates it.
class Simulator : public QObject {
    Q_OBJECT
public:
    explicit Simulator(SimOptions options, QObject* parent = nullptr);

    /// Opens the port and starts the surface clock. False with errorString() on failure.
    bool start();
    /// Closes the port: REAPER has gone away.
    void stop();
    QString errorString() const { return m_endpoint.errorString(); }
    quint16 port() const { return m_endpoint.port(); }

    SimProject& project() { return m_project; }
    const SimSurface& surface() const { return m_surface; }
    /// Sends whatever changed in project() now (tests and the demo change it directly).
    void publish();

    quint64 packetsSent() const { return m_packetsSent; }
    quint64 messagesSent() const { return m_messagesSent; }
    quint64 messagesReceived() const { return m_messagesReceived; }
    std::size_t largestPacket() const { return m_largestPacket; }
    /// Packets waiting for their turn on the wire.
    std::size_t queuedPackets() const { return m_queue.size(); }

Q_SIGNALS:
    /// A message from the surface was obeyed (for tests and logs).
    void messageHandled(const QString& path);

private:
    void addRoutes();
    void addTrackRoutes();
    void addTransportRoutes();
    void addDeviceRoutes();
    void onMessage(std::string_view path, const osc::OscArgs& args);
    void onTick();
    void sendNextPacket();
    /// The track a bank slot addresses (REAPER: bank start + slot; 0 at the bank's origin is
    /// the master), or nullptr.
    SimTrack* trackAt(int slot);
    void setBank(int start);

    SimOptions m_options;
    SimProject m_project;
    SimSurface m_surface;
    SimFeedback m_feedback;
    PatternRouter m_router;
    osc::Endpoint m_endpoint;
    std::unordered_set<std::string> m_handled;
    std::deque<std::vector<osc::OscMessage>> m_queue;
    QTimer m_surfaceTimer;
    QTimer m_sendTimer;
    QElapsedTimer m_elapsed;
    qint64 m_lastTickNs = 0;
    quint64 m_packetsSent = 0;
    quint64 m_messagesSent = 0;
    quint64 m_messagesReceived = 0;
    std::size_t m_largestPacket = 0;
};

} // namespace oscalis::reaper::sim
