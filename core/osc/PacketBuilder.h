#pragma once

#include "osc/OscMessage.h"

#include <QByteArray>

#include <vector>

namespace oscalis::osc {

/// Packs messages the way REAPER does: as many as fit into one `#bundle` of at most
/// `maxBytes`, and a packet that would hold a single message goes out bare.
/// Pure functions; any thread.
class PacketBuilder {
public:
    static constexpr std::size_t kBundleHeader = 16; // "#bundle\0" + time tag
    static constexpr std::size_t kElementHeader = 4; // size prefix of each element

    /// Splits `messages` into packets in order; each inner vector is one datagram.
    static std::vector<std::vector<OscMessage>> pack(const std::vector<OscMessage>& messages,
                                                     std::size_t maxBytes);
    /// The bytes of one packet as it goes on the wire (bare message or bundle).
    static QByteArray serialise(const std::vector<OscMessage>& packet);
    /// Encoded size of a packet holding these messages.
    static std::size_t packetSize(const std::vector<OscMessage>& packet);
};

} // namespace oscalis::osc
