#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace oscalis::osc {

/// One OSC argument in the three types REAPER reads and writes: int32, float32, string.
using OscValue = std::variant<std::int32_t, float, std::string>;

/// An outgoing OSC message: an address and its arguments. A plain value; any thread.
struct OscMessage {
    std::string path;
    std::vector<OscValue> args;

    OscMessage() = default;
    explicit OscMessage(std::string p) : path(std::move(p)) {}
    OscMessage(std::string p, float v) : path(std::move(p)), args{v} {}
    OscMessage(std::string p, std::int32_t v) : path(std::move(p)), args{v} {}
    OscMessage(std::string p, std::string v) : path(std::move(p)), args{std::move(v)} {}

    /// The OSC type-tag string without the leading comma, e.g. "f" or "is".
    std::string typeTags() const;
    /// Size in bytes of the encoded message (address, type tags and arguments, padded).
    std::size_t encodedSize() const;
    bool operator==(const OscMessage&) const = default;
};

} // namespace oscalis::osc
