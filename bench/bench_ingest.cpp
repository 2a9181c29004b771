// Feedback ingest: how many of REAPER's feedback messages per second Oscalis applies to its
// session model, as a ratio to liblo receiving and dispatching the same datagrams to an empty
// handler, both measured in this process, in alternating rounds, over real UDP on 127.0.0.1.
//
// The stream is what REAPER sends a 64-strip surface while playing: the simulator's
// SimFeedback over a 64-track SimProject, advanced at 15 Hz between collects (meters, time and
// beat move), packed like REAPER into bundles of at most 1024 bytes.
//
// A batch of packets is sent first (it fits in the socket's receive buffer), then only the
// drain of that batch is timed. Every message is counted on arrival, so a dropped datagram
// stops the benchmark instead of flattering a figure.

#include "BenchSupport.h"

#include "osc/PacketBuilder.h"
#include "reaper/Link.h"
#include "reaper/Session.h"
#include "reaper/sim/SimFeedback.h"
#include "reaper/sim/SimProject.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <lo/lo.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_set>
#include <vector>

using namespace oscalis;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kTracks = 64;
constexpr double kSurfaceRateHz = 15.0;
constexpr int kFrames = 300;      // 20 s of playing at 15 Hz after the full refresh
constexpr int kBatchPackets = 64; // well under the default 208 KiB receive buffer
constexpr int kBatchesPerRound = 150;
constexpr int kRounds = 7;
constexpr auto kDrainTimeout = std::chrono::seconds(2);

/// One datagram of the stream and how many OSC messages it carries.
struct Packet {
    QByteArray bytes;
    int messages = 0;
};

/// REAPER's feedback to a 64-strip surface: a full refresh, then kFrames surface ticks.
std::vector<Packet> makeStream() {
    auto project = reaper::sim::SimProject::demo(kTracks, 8, 4);
    project.play();
    reaper::sim::SimSurface surface;
    surface.bankStart = 0;
    surface.bankSize = kTracks;
    surface.markerCount = 16; // what Link asks for by default
    surface.regionCount = 16;
    reaper::sim::SimFeedback feedback;
    const std::unordered_set<std::string> handled;

    std::vector<Packet> stream;
    for (int frame = 0; frame <= kFrames; ++frame) {
        if (frame > 0)
            project.advance(1.0 / kSurfaceRateHz);
        const auto messages = feedback.collect(project, surface, handled);
        for (const auto& packet : osc::PacketBuilder::pack(messages, 1024))
            stream.push_back({osc::PacketBuilder::serialise(packet), int(packet.size())});
    }
    return stream;
}

/// Sends packets [first, first + count) of the stream (wrapping) and returns the message count.
int sendBatch(const bench::LoopbackSocket& sender, std::uint16_t port,
              const std::vector<Packet>& stream, std::size_t& next) {
    int messages = 0;
    for (int i = 0; i < kBatchPackets; ++i) {
        const Packet& p = stream[next];
        next = (next + 1) % stream.size();
        if (!sender.sendTo(port, p.bytes.constData(), std::size_t(p.bytes.size())))
            bench::die("sendto refused a datagram");
        messages += p.messages;
    }
    return messages;
}

/// The baseline: a plain liblo server with a catch-all method that only counts.
class RawReceiver {
public:
    RawReceiver() {
        // NULL, not "0": with "0" liblo reports a wrong port.
        m_server = lo_server_new(nullptr, &RawReceiver::onError);
        if (!m_server)
            bench::die("lo_server_new failed");
        lo_server_enable_queue(m_server, 0, 1);
        lo_server_add_method(m_server, nullptr, nullptr, &RawReceiver::onMessage, this);
    }
    ~RawReceiver() { lo_server_free(m_server); }
    RawReceiver(const RawReceiver&) = delete;
    RawReceiver& operator=(const RawReceiver&) = delete;

    std::uint16_t port() const { return std::uint16_t(lo_server_get_port(m_server)); }

    /// Receives until `messages` more have been dispatched; returns the seconds it took.
    double drain(std::uint64_t messages) {
        const std::uint64_t goal = m_messages + messages;
        const auto start = Clock::now();
        while (m_messages < goal) {
            if (lo_server_recv_noblock(m_server, 0) > 0)
                ++m_datagrams;
            else if (Clock::now() - start > kDrainTimeout)
                bench::die("raw liblo receiver: messages missing (a datagram was dropped)");
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (m_messages != goal)
            bench::die("raw liblo receiver: more messages than sent");
        return seconds;
    }

    std::uint64_t datagrams() const { return m_datagrams; }

private:
    static int onMessage(const char*, const char*, lo_arg**, int, lo_message, void* self) {
        ++static_cast<RawReceiver*>(self)->m_messages;
        return 0;
    }
    static void onError(int num, const char* msg, const char* where) {
        std::fprintf(stderr, "liblo error %d: %s %s\n", num, msg ? msg : "", where ? where : "");
    }

    lo_server m_server = nullptr;
    std::uint64_t m_messages = 0;
    std::uint64_t m_datagrams = 0;
};

/// The measured side: Oscalis's Link (Endpoint on a QSocketNotifier, FeedbackDispatcher,
/// Session) driven by the Qt event loop, exactly as the application runs it.
class OscalisReceiver {
public:
    explicit OscalisReceiver(std::uint16_t reaperPort) : m_link(m_session) {
        reaper::LinkSettings settings;
        settings.reaperHost = QStringLiteral("127.0.0.1");
        settings.reaperPort = reaperPort; // a sink: the handshakes go nowhere that matters
        settings.listenPort = 0;
        settings.bankSize = kTracks;
        if (!m_link.start(settings))
            bench::die("Link::start failed");
    }

    std::uint16_t port() { return m_link.endpoint().port(); }

    std::uint64_t handled() const {
        const auto& d = m_link.dispatcher();
        return d.appliedCount() + d.unknownCount() + d.rejectedCount();
    }

    /// Runs the event loop until `messages` more have been through the dispatcher.
    double drain(std::uint64_t messages) {
        const std::uint64_t goal = handled() + messages;
        const auto start = Clock::now();
        while (handled() < goal) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (Clock::now() - start > kDrainTimeout)
                bench::die("oscalis receiver: messages missing (a datagram was dropped)");
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (handled() != goal)
            bench::die("oscalis receiver: more messages than sent");
        return seconds;
    }

    std::uint64_t datagrams() { return m_link.endpoint().datagramsReceived(); }
    const reaper::FeedbackDispatcher& dispatcher() const { return m_link.dispatcher(); }
    const reaper::Session& session() const { return m_session; }

private:
    reaper::Session m_session;
    reaper::Link m_link;
};

/// One round: kBatchesPerRound batches into `receiver`; returns messages per second of drain.
template <typename Receiver>
double runRound(Receiver& receiver, const bench::LoopbackSocket& sender,
                const std::vector<Packet>& stream, std::size_t& next, std::uint64_t& messagesOut) {
    double seconds = 0.0;
    std::uint64_t messages = 0;
    for (int b = 0; b < kBatchesPerRound; ++b) {
        const int sent = sendBatch(sender, receiver.port(), stream, next);
        seconds += receiver.drain(std::uint64_t(sent));
        messages += std::uint64_t(sent);
    }
    messagesOut += messages;
    return double(messages) / seconds;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // The Link's start-up line is noise here.
    QLoggingCategory::setFilterRules(QStringLiteral("oscalis.*.info=false"));

    const std::vector<Packet> stream = makeStream();
    std::uint64_t streamMessages = 0, streamBytes = 0;
    for (const auto& p : stream) {
        streamMessages += std::uint64_t(p.messages);
        streamBytes += std::uint64_t(p.bytes.size());
    }

    bench::LoopbackSocket sender;
    bench::LoopbackSocket sink;
    RawReceiver raw;
    OscalisReceiver oscalis(sink.port());

    std::printf(
        "Feedback ingest: REAPER-shaped feedback for %d tracks playing (%.0f Hz surface),\n"
        "bundles <= 1024 bytes over UDP on 127.0.0.1, received with lo_server_recv_noblock.\n",
        kTracks, kSurfaceRateHz);
    std::printf("stream: %zu packets, %llu messages (%.1f messages and %.0f bytes per packet)\n",
                stream.size(), static_cast<unsigned long long>(streamMessages),
                double(streamMessages) / double(stream.size()),
                double(streamBytes) / double(stream.size()));
    std::printf(
        "%d rounds per side, alternating; each round %d batches of %d packets, only the drain "
        "timed\n\n",
        kRounds, kBatchesPerRound, kBatchPackets);

    // Warm-up: caches, the route table, the session's strings.
    std::size_t nextRaw = 0, nextOscalis = 0;
    std::uint64_t rawMessages = 0, oscalisMessages = 0;
    runRound(raw, sender, stream, nextRaw, rawMessages);
    runRound(oscalis, sender, stream, nextOscalis, oscalisMessages);

    std::vector<double> rawRates, oscalisRates, ratios;
    std::printf("%-6s %22s %22s %8s\n", "round", "raw liblo (msg/s)", "oscalis (msg/s)", "ratio");
    for (int r = 1; r <= kRounds; ++r) {
        const double rawRate = runRound(raw, sender, stream, nextRaw, rawMessages);
        const double oscalisRate = runRound(oscalis, sender, stream, nextOscalis, oscalisMessages);
        sink.discardPending();
        rawRates.push_back(rawRate);
        oscalisRates.push_back(oscalisRate);
        ratios.push_back(oscalisRate / rawRate);
        std::printf("%-6d %22.0f %22.0f %8.3f\n", r, rawRate, oscalisRate, oscalisRate / rawRate);
    }
    const double rawMedian = bench::median(rawRates);
    const double oscalisMedian = bench::median(oscalisRates);
    // Rounds pair the two sides in time, so a slow spell of the shared machine hits both alike.
    const double ratio = bench::median(ratios);
    std::printf("%-6s %22.0f %22.0f %8.3f\n", "median", rawMedian, oscalisMedian, ratio);
    std::printf("(ratio = median of the per-round ratios; ratio of the medians: %.3f)\n\n",
                oscalisMedian / rawMedian);

    const auto& d = oscalis.dispatcher();
    std::printf("checks: raw received %llu messages in %llu datagrams; oscalis %llu messages "
                "(%llu applied, %llu unknown, %llu rejected) in %llu datagrams; none dropped\n",
                static_cast<unsigned long long>(rawMessages),
                static_cast<unsigned long long>(raw.datagrams()),
                static_cast<unsigned long long>(oscalisMessages),
                static_cast<unsigned long long>(d.appliedCount()),
                static_cast<unsigned long long>(d.unknownCount()),
                static_cast<unsigned long long>(d.rejectedCount()),
                static_cast<unsigned long long>(oscalis.datagrams()));
    const auto* strip = oscalis.session().track(kTracks);
    if (!strip || strip->name.isEmpty())
        bench::die("the session model did not take the feedback (strip 64 has no name)");
    std::printf("session: strip %d is \"%s\", transport at %s\n", kTracks, qPrintable(strip->name),
                qPrintable(oscalis.session().transport().timeText));

    const bool pass = ratio >= 0.5;
    std::printf(
        "\nRESULT ingest ratio=%.3f oscalis_msgs_per_s=%.0f raw_msgs_per_s=%.0f target=>=0.5 "
        "pass=%s\n",
        ratio, oscalisMedian, rawMedian, pass ? "yes" : "no");
    return 0;
}
