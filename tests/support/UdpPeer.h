#pragma once

#include <QByteArray>
#include <QString>
#include <QUdpSocket>

#include <lo/lo.h>

#include <string>
#include <vector>

namespace oscalis::test {

/// One OSC message as a peer saw it: address, type tags and arguments rendered as text.
struct SeenMessage {
    std::string path;
    std::string types;
    std::vector<float> numbers; ///< numeric arguments in order
    std::vector<std::string> strings;
};

/// A raw liblo peer on loopback, standing where REAPER (or a sender of junk) would be:
/// records every message it receives and sends raw bytes or messages from its own socket.
/// Polled with recv_noblock by the test's wait loops; test thread only.
class UdpPeer {
public:
    UdpPeer() {
        m_server = lo_server_new(nullptr, nullptr); // NULL: any free port, reported correctly
        lo_server_enable_queue(m_server, 0, 1);
        lo_server_add_method(m_server, nullptr, nullptr, &UdpPeer::onMessage, this);
    }
    ~UdpPeer() { lo_server_free(m_server); }
    UdpPeer(const UdpPeer&) = delete;
    UdpPeer& operator=(const UdpPeer&) = delete;

    quint16 port() const { return quint16(lo_server_get_port(m_server)); }
    /// Reads whatever has arrived.
    void poll() {
        while (lo_server_recv_noblock(m_server, 0) > 0) {
        }
    }
    const std::vector<SeenMessage>& seen() {
        poll();
        return m_seen;
    }
    void clear() {
        poll();
        m_seen.clear();
    }
    /// The last message seen at `path`, or nullptr.
    const SeenMessage* last(const std::string& path) {
        poll();
        for (auto it = m_seen.rbegin(); it != m_seen.rend(); ++it)
            if (it->path == path)
                return &*it;
        return nullptr;
    }
    int count(const std::string& path) {
        poll();
        int n = 0;
        for (const auto& m : m_seen)
            n += m.path == path ? 1 : 0;
        return n;
    }
    /// Sends a message from this peer's socket to 127.0.0.1:port.
    void send(quint16 port, const char* path, lo_message msg) {
        lo_address a = lo_address_new("127.0.0.1", QByteArray::number(port).constData());
        lo_send_message_from(a, m_server, path, msg);
        lo_address_free(a);
        lo_message_free(msg);
    }

private:
    static int onMessage(const char* path, const char* types, lo_arg** argv, int argc, lo_message,
                         void* self) {
        SeenMessage m{path, types, {}, {}};
        for (int i = 0; i < argc; ++i) {
            if (types[i] == 'f')
                m.numbers.push_back(argv[i]->f);
            else if (types[i] == 'i')
                m.numbers.push_back(float(argv[i]->i));
            else if (types[i] == 's')
                m.strings.emplace_back(&argv[i]->s);
        }
        static_cast<UdpPeer*>(self)->m_seen.push_back(std::move(m));
        return 0;
    }
    lo_server m_server;
    std::vector<SeenMessage> m_seen;
};

/// Sends raw bytes (garbage, oversized datagrams) to 127.0.0.1:port with Qt's UDP socket.
inline void sendRawDatagram(quint16 port, const QByteArray& bytes) {
    QUdpSocket socket;
    socket.writeDatagram(bytes, QHostAddress::LocalHost, port);
}

} // namespace oscalis::test
