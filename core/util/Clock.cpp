#include "util/Clock.h"

#include <chrono>

namespace oscalis::util {

std::int64_t Clock::nowMs() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

const Clock& Clock::steady() {
    static const Clock clock;
    return clock;
}

} // namespace oscalis::util
