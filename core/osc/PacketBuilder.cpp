#include "osc/PacketBuilder.h"

#include "osc/LoMessage.h"

#include <cstdlib>

namespace oscalis::osc {

std::vector<std::vector<OscMessage>> PacketBuilder::pack(const std::vector<OscMessage>& messages,
                                                         std::size_t maxBytes) {
    std::vector<std::vector<OscMessage>> packets;
    std::vector<OscMessage> current;
    std::size_t size = kBundleHeader;
    for (const auto& m : messages) {
        const std::size_t add = kElementHeader + m.encodedSize();
        if (!current.empty() && size + add > maxBytes) {
            packets.push_back(std::move(current));
            current.clear();
            size = kBundleHeader;
        }
        current.push_back(m);
        size += add;
    }
    if (!current.empty())
        packets.push_back(std::move(current));
    return packets;
}

std::size_t PacketBuilder::packetSize(const std::vector<OscMessage>& packet) {
    if (packet.size() == 1)
        return packet.front().encodedSize();
    std::size_t n = kBundleHeader;
    for (const auto& m : packet)
        n += kElementHeader + m.encodedSize();
    return n;
}

QByteArray PacketBuilder::serialise(const std::vector<OscMessage>& packet) {
    QByteArray out;
    if (packet.empty())
        return out;
    if (packet.size() == 1) {
        lo_message msg = makeLoMessage(packet.front());
        size_t len = 0;
        void* data = lo_message_serialise(msg, packet.front().path.c_str(), nullptr, &len);
        out = QByteArray(static_cast<const char*>(data), qsizetype(len));
        free(data);
        lo_message_free(msg);
        return out;
    }
    lo_bundle bundle = lo_bundle_new(LO_TT_IMMEDIATE);
    for (const auto& m : packet)
        lo_bundle_add_message(bundle, m.path.c_str(), makeLoMessage(m));
    size_t len = 0;
    void* data = lo_bundle_serialise(bundle, nullptr, &len);
    out = QByteArray(static_cast<const char*>(data), qsizetype(len));
    free(data);
    lo_bundle_free_recursive(bundle);
    return out;
}

} // namespace oscalis::osc
