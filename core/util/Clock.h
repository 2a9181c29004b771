#pragma once

#include <cstdint>

namespace oscalis::util {

/// A monotonic clock in milliseconds that tests can replace.
/// The default instance reads the steady clock; thread-safe for reading.
class Clock {
public:
    virtual ~Clock() = default;
    /// Milliseconds since an arbitrary fixed origin.
    virtual std::int64_t nowMs() const;
    /// The process-wide steady clock.
    static const Clock& steady();
};

/// A clock that only moves when told to; for tests.
class ManualClock final : public Clock {
public:
    std::int64_t nowMs() const override { return m_now; }
    void advance(std::int64_t ms) { m_now += ms; }
    void set(std::int64_t ms) { m_now = ms; }

private:
    std::int64_t m_now = 1000;
};

} // namespace oscalis::util
