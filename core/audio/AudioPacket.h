#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace oscalis::audio {

/// The wire format of one Opus frame of the stream (docs/AUDIO.md, "Packet format"): a 16-byte
/// header in network byte order, then the Opus packet.
///
///     0  u8   version (1)
///     1  u8   channels (1 or 2)
///     2  u16  frame duration in samples at 48 kHz (120, 240, 480 or 960)
///     4  u32  sequence number (+1 per frame, wraps)
///     8  u64  capture time in microseconds on the studio computer's steady clock
///    16  ...  the Opus packet (1 to 1275 bytes)
///
/// write() is allocation-free for the real-time path; parse() checks everything a sender could get
/// wrong and says what in plain words. Any thread.
class AudioPacket {
public:
    static constexpr std::uint8_t kVersion = 1;
    static constexpr int kHeaderBytes = 16;
    static constexpr int kMaxPayloadBytes = 1275; ///< the largest Opus packet of one frame
    static constexpr int kMaxBytes = kHeaderBytes + kMaxPayloadBytes;

    struct Header {
        std::uint8_t channels = 2;
        std::uint16_t frameSamples = 480;
        std::uint32_t sequence = 0;
        std::uint64_t captureMicros = 0;
    };

    /// A parsed packet: its header and a view of its payload inside the bytes given to parse().
    struct View {
        Header header;
        const std::uint8_t* payload = nullptr;
        int payloadBytes = 0;
    };

    /// Writes the header into out (at least kHeaderBytes long).
    static void writeHeader(const Header& header, std::uint8_t* out);
    /// The packet in data, or nothing with the reason in error (when given).
    static std::optional<View> parse(const std::uint8_t* data, std::size_t size,
                                     QString* error = nullptr);
};

} // namespace oscalis::audio
