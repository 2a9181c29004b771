// Fader-to-wire: from a fader's value change (reaper::Link::setVolume, what the strip's fader
// calls) to the datagram arriving on a UDP socket on 127.0.0.1, as a ratio to the same
// measurement with a raw lo_send_message of the same message, in alternating rounds.
//
// A receiver thread blocks in recv() and timestamps each datagram with steady_clock; the main
// thread timestamps just before the call and waits for that datagram. Strips 1..64 are moved
// in turn, each at most every ~25 ms, so the 60-messages-per-second coalescing never holds a
// value back: a held value would never arrive (no event loop runs while waiting) and stop the
// benchmark.

#include "BenchSupport.h"

#include "reaper/Link.h"
#include "reaper/Session.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <lo/lo.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using namespace oscalis;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kSlots = 64;
constexpr int kRounds = 12;
constexpr int kSamplesPerRound = 250;                 // per side: 3000 samples each
constexpr auto kGap = std::chrono::microseconds(400); // 64 strips x >= 0.4 ms: >= 25 ms per strip
constexpr auto kArrivalTimeout = std::chrono::milliseconds(200);

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
        .count();
}

/// Receives on its own thread and publishes the arrival time, strip and value of each
/// `/track/N/volume f` datagram; everything else (the Link's handshake bundles) is ignored.
class WireReceiver {
public:
    WireReceiver() {
        timeval tv{0, 100000}; // wake up now and then to notice stop()
        ::setsockopt(m_socket.fd(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        m_thread = std::thread([this] { run(); });
    }
    ~WireReceiver() {
        m_running = false;
        m_thread.join();
    }
    WireReceiver(const WireReceiver&) = delete;
    WireReceiver& operator=(const WireReceiver&) = delete;

    std::uint16_t port() const { return m_socket.port(); }
    std::uint64_t arrivals() const { return m_seq.load(std::memory_order_acquire); }

    /// Waits (spinning) for the arrival after `seenBefore`; its time in ns, or -1 on timeout.
    std::int64_t waitForArrival(std::uint64_t seenBefore, int slot, float value) const {
        const auto deadline = Clock::now() + kArrivalTimeout;
        while (m_seq.load(std::memory_order_acquire) == seenBefore) {
            if (Clock::now() > deadline)
                return -1;
        }
        if (m_slot.load() != slot || m_value.load() != value)
            bench::die("the datagram that arrived is not the one just sent");
        return m_timeNs.load();
    }

private:
    void run() {
        char buffer[2048];
        while (m_running) {
            const ssize_t n = ::recv(m_socket.fd(), buffer, sizeof buffer - 1, 0);
            const std::int64_t t = nowNs();
            if (n <= 0 || buffer[0] != '/')
                continue;
            buffer[n] = '\0';
            int slot = 0;
            if (std::sscanf(buffer, "/track/%d/volume", &slot) != 1)
                continue;
            const std::size_t pathLen = std::strlen(buffer);
            if (std::strcmp(buffer + pathLen - 7, "/volume") != 0)
                continue;
            const std::size_t tags = (pathLen + 4) & ~std::size_t(3);
            const std::size_t arg = tags + 4;
            if (std::size_t(n) < arg + 4 || std::strcmp(buffer + tags, ",f") != 0)
                continue;
            std::uint32_t bits;
            std::memcpy(&bits, buffer + arg, 4);
            bits = ntohl(bits);
            float value;
            std::memcpy(&value, &bits, 4);
            m_timeNs.store(t);
            m_slot.store(slot);
            m_value.store(value);
            m_seq.fetch_add(1, std::memory_order_release);
        }
    }

    bench::LoopbackSocket m_socket;
    std::thread m_thread;
    std::atomic<bool> m_running{true};
    std::atomic<std::uint64_t> m_seq{0};
    std::atomic<std::int64_t> m_timeNs{0};
    std::atomic<int> m_slot{0};
    std::atomic<float> m_value{0.0f};
};

/// A value for sample `i` that differs from the strip's previous one.
float positionFor(int i) {
    return 0.2f + 0.6f * float(i % 997) / 997.0f;
}

/// One round of `count` samples; `send(slot, value)` does what is being timed.
template <typename Send>
void runRound(const WireReceiver& receiver, int& sampleIndex, int count, std::vector<double>& out,
              Send send) {
    for (int k = 0; k < count; ++k, ++sampleIndex) {
        const int slot = 1 + sampleIndex % kSlots;
        const float value = positionFor(sampleIndex);
        const std::uint64_t seen = receiver.arrivals();
        const std::int64_t start = nowNs();
        send(slot, value);
        const std::int64_t arrived = receiver.waitForArrival(seen, slot, value);
        if (arrived < 0)
            bench::die("a fader value did not reach the wire within 200 ms (held back or lost)");
        out.push_back(double(arrived - start) / 1e6);
        // Let the Link's timers run between samples, as the GUI's event loop would.
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        std::this_thread::sleep_for(kGap);
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("oscalis.*.info=false"));

    WireReceiver receiver;

    reaper::Session session;
    reaper::Link link(session);
    reaper::LinkSettings settings;
    settings.reaperHost = QStringLiteral("127.0.0.1");
    settings.reaperPort = receiver.port();
    settings.listenPort = 0;
    settings.bankSize = kSlots;
    if (!link.start(settings))
        bench::die("Link::start failed");

    lo_address rawTarget = lo_address_new("127.0.0.1", std::to_string(receiver.port()).c_str());
    std::vector<std::string> paths;
    for (int s = 0; s <= kSlots; ++s)
        paths.push_back("/track/" + std::to_string(s) + "/volume");

    const auto viaOscalis = [&link](int slot, float value) { link.setVolume(slot, value); };
    const auto viaRaw = [&](int slot, float value) {
        lo_message m = lo_message_new();
        lo_message_add_float(m, value);
        if (lo_send_message(rawTarget, paths[std::size_t(slot)].c_str(), m) <= 0)
            bench::die("lo_send_message failed");
        lo_message_free(m);
    };

    std::printf(
        "Fader-to-wire: Link::setVolume(strip, position) until the datagram is received on "
        "127.0.0.1\n(receiver thread blocking in recv, steady_clock); baseline: raw "
        "lo_send_message of the same message.\n%d strips in turn, >= %lld us apart; %d rounds "
        "x %d samples per side, alternating.\n\n",
        kSlots, static_cast<long long>(kGap.count()), kRounds, kSamplesPerRound);

    int index = 0;
    std::vector<double> warm;
    runRound(receiver, index, 200, warm, viaRaw);
    runRound(receiver, index, 200, warm, viaOscalis);

    std::vector<double> raw, oscalis, roundRatios;
    std::printf("%-6s %16s %16s %8s\n", "round", "raw median ms", "oscalis med. ms", "ratio");
    for (int r = 1; r <= kRounds; ++r) {
        std::vector<double> rawRound, oscalisRound;
        runRound(receiver, index, kSamplesPerRound, rawRound, viaRaw);
        runRound(receiver, index, kSamplesPerRound, oscalisRound, viaOscalis);
        const double rm = bench::median(rawRound), om = bench::median(oscalisRound);
        roundRatios.push_back(om / rm);
        std::printf("%-6d %16.4f %16.4f %8.3f\n", r, rm, om, om / rm);
        raw.insert(raw.end(), rawRound.begin(), rawRound.end());
        oscalis.insert(oscalis.end(), oscalisRound.begin(), oscalisRound.end());
    }
    lo_address_free(rawTarget);

    const double rawMedian = bench::median(raw), oscalisMedian = bench::median(oscalis);
    const double rawP99 = bench::percentile(raw, 99), oscalisP99 = bench::percentile(oscalis, 99);
    std::printf("\n%-22s %10s %10s %10s\n", "all samples", "median ms", "p99 ms", "samples");
    std::printf("%-22s %10.4f %10.4f %10zu\n", "raw lo_send_message", rawMedian, rawP99,
                raw.size());
    std::printf("%-22s %10.4f %10.4f %10zu\n", "oscalis Link", oscalisMedian, oscalisP99,
                oscalis.size());
    // Rounds pair the two sides in time, so a slow spell of the shared machine hits both alike.
    const double ratio = bench::median(roundRatios);
    std::printf("ratio oscalis/raw: median of per-round ratios %.3f; of all samples: median %.3f, "
                "p99 %.3f\n",
                ratio, oscalisMedian / rawMedian, oscalisP99 / rawP99);
    std::printf("checks: every one of the %zu values arrived, in order, with the value sent\n",
                raw.size() + oscalis.size());

    const bool pass = oscalisMedian < 0.5;
    std::printf("\nRESULT fader_to_wire ratio=%.3f oscalis_median_ms=%.4f oscalis_p99_ms=%.4f "
                "raw_median_ms=%.4f raw_p99_ms=%.4f target=median<0.5ms pass=%s\n",
                ratio, oscalisMedian, oscalisP99, rawMedian, rawP99, pass ? "yes" : "no");
    return 0;
}
