#pragma once

#include "audio/AudioPacket.h"

#include <array>
#include <cstdint>

namespace oscalis::audio {

/// One packet of the stream (AudioPacket's header and the Opus payload) in fixed storage, so a
/// ring of them is allocated once and the encoder writes into a slot in place.
/// A plain value; whoever holds it.
struct EncodedPacket {
    int size = 0; ///< bytes used in bytes
    std::array<std::uint8_t, AudioPacket::kMaxBytes> bytes{};
};

} // namespace oscalis::audio
