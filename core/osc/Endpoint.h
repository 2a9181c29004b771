#pragma once

#include "osc/OscArgs.h"
#include "osc/OscMessage.h"
#include "util/RateLimitedLog.h"

#include <QObject>
#include <QString>

#include <lo/lo.h>

#include <functional>
#include <string_view>
#include <vector>

class QSocketNotifier;

namespace oscalis::osc {

/// A UDP OSC endpoint: one liblo server socket that both receives and sends, driven by the Qt
/// event loop (a QSocketNotifier drained with lo_server_recv_noblock; no liblo thread, no timer).
/// Sending from the listening socket lets REAPER's "local port" mode answer without setup.
/// Owner: whoever creates it; lives on that object's thread and is used only from it.
class Endpoint : public QObject {
    Q_OBJECT
public:
    /// Called for every incoming message, bundles unpacked, in arrival order.
    using Handler = std::function<void(std::string_view path, const OscArgs& args)>;

    explicit Endpoint(QObject* parent = nullptr);
    ~Endpoint() override;

    /// Opens the UDP socket on `port`, or on any free port when 0. Returns false and sets
    /// errorString() when the port cannot be opened (for example, already in use).
    bool open(quint16 port);
    void close();
    bool isOpen() const { return m_server != nullptr; }
    /// The local UDP port, or 0 when closed.
    quint16 port() const;
    QString errorString() const { return m_error; }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    /// Sets where send() goes (an IPv4 address or a host name).
    void setTarget(const QString& host, quint16 port);
    /// When on, send() answers the sender of the last datagram (REAPER's "local port" mode).
    void setReplyToSender(bool on) { m_replyToSender = on; }
    bool hasTarget() const { return m_target != nullptr; }
    QString targetHost() const { return m_targetHost; }
    quint16 targetPort() const { return m_targetPort; }

    /// REAPER stops reading a batch at a message longer than this.
    static constexpr std::size_t kMaxMessageBytes = 1024;

    /// Sends one bare message. False when closed, without a target, when the message is longer
    /// than kMaxMessageBytes, or when the OS refuses.
    bool send(const OscMessage& message);
    /// Sends several messages in one `#bundle` with the "immediately" time tag.
    bool sendBundle(const std::vector<OscMessage>& messages);

    quint64 datagramsReceived() const { return m_datagrams; }
    quint64 malformedReceived() const { return m_malformed.total(); }

Q_SIGNALS:
    /// After each drain of the socket, with the number of datagrams read.
    void datagramsArrived(int count);
    /// The reply target moved (reply-to-sender mode).
    void targetChanged(const QString& host, quint16 port);

private:
    static int onMessage(const char* path, const char* types, lo_arg** argv, int argc,
                         lo_message msg, void* self);
    static void onError(int num, const char* msg, const char* where);
    void drain();
    void followSender(lo_message msg);

    lo_server m_server = nullptr;
    lo_address m_target = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    Handler m_handler;
    QString m_error;
    QString m_targetHost;
    quint16 m_targetPort = 0;
    bool m_replyToSender = false;
    quint64 m_datagrams = 0;
    util::RateLimitedLog m_malformed;
};

} // namespace oscalis::osc
