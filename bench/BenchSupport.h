#pragma once

// Small helpers shared by the benchmark executables: order statistics and a loopback UDP socket.
// Benchmarks only; not part of the application.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace oscalis::bench {

/// The median of `values` (the mean of the middle two for an even count); 0 when empty.
inline double median(std::vector<double> values) {
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/// The `p`-th percentile (0..100) by the nearest-rank method; 0 when empty.
inline double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    std::size_t rank = std::size_t(p / 100.0 * double(values.size()) + 0.999999);
    rank = std::clamp<std::size_t>(rank, 1, values.size());
    return values[rank - 1];
}

/// Stops the benchmark with a message: a figure that cannot be trusted is worse than none.
[[noreturn]] inline void die(const char* what) {
    std::fprintf(stderr, "bench: FAILED: %s\n", what);
    std::exit(1);
}

/// A plain IPv4 UDP socket bound to 127.0.0.1 on a free port. Owned by the caller; closes itself.
class LoopbackSocket {
public:
    LoopbackSocket() {
        m_fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        if (m_fd < 0)
            die("cannot create a UDP socket");
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
            die("cannot bind a UDP socket on 127.0.0.1");
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
    }
    ~LoopbackSocket() { ::close(m_fd); }
    LoopbackSocket(const LoopbackSocket&) = delete;
    LoopbackSocket& operator=(const LoopbackSocket&) = delete;

    int fd() const { return m_fd; }
    std::uint16_t port() const { return m_port; }

    /// Sends one datagram to 127.0.0.1:`port`; false when the OS refuses it.
    bool sendTo(std::uint16_t port, const char* data, std::size_t size) const {
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        to.sin_port = htons(port);
        return ::sendto(m_fd, data, size, 0, reinterpret_cast<sockaddr*>(&to), sizeof to) ==
               static_cast<ssize_t>(size);
    }

    /// Reads and discards whatever is queued, without blocking.
    void discardPending() const {
        char buffer[2048];
        while (::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0) {
        }
    }

private:
    int m_fd = -1;
    std::uint16_t m_port = 0;
};

} // namespace oscalis::bench
