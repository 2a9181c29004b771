#include "osc/Endpoint.h"

#include "osc/LoMessage.h"
#include "util/LogCategories.h"

#include <QSocketNotifier>

namespace oscalis::osc {

namespace {
// liblo's error callback carries no user pointer: the endpoint that is draining sets this.
thread_local Endpoint* t_draining = nullptr;
} // namespace

Endpoint::Endpoint(QObject* parent) : QObject(parent), m_malformed(lcOsc()) {}

Endpoint::~Endpoint() {
    close();
}

bool Endpoint::open(quint16 requested) {
    close();
    // A null port asks liblo for any free port; "0" would misreport the port it got.
    const QByteArray portText = QByteArray::number(requested);
    m_server = lo_server_new_with_proto(requested ? portText.constData() : nullptr, LO_UDP,
                                        &Endpoint::onError);
    if (!m_server) {
        m_error = tr("Cannot open UDP port %1: %2")
                      .arg(requested)
                      .arg(tr("it is probably in use by another program"));
        return false;
    }
    // REAPER stamps its bundles "immediately"; never hold messages back for their time tag.
    lo_server_enable_queue(m_server, 0, 1);
    lo_server_add_method(m_server, nullptr, nullptr, &Endpoint::onMessage, this);
    m_notifier =
        new QSocketNotifier(lo_server_get_socket_fd(m_server), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Endpoint::drain);
    m_error.clear();
    return true;
}

void Endpoint::close() {
    delete m_notifier;
    m_notifier = nullptr;
    if (m_server) {
        lo_server_free(m_server);
        m_server = nullptr;
    }
    if (m_target) {
        lo_address_free(m_target);
        m_target = nullptr;
    }
}

quint16 Endpoint::port() const {
    return m_server ? quint16(lo_server_get_port(m_server)) : 0;
}

void Endpoint::setTarget(const QString& host, quint16 port) {
    if (m_target)
        lo_address_free(m_target);
    m_targetHost = host;
    m_targetPort = port;
    m_target = lo_address_new(host.toUtf8().constData(), QByteArray::number(port).constData());
    Q_EMIT targetChanged(host, port);
}

bool Endpoint::send(const OscMessage& message) {
    if (!m_server || !m_target)
        return false;
    if (message.encodedSize() > kMaxMessageBytes) {
        qCWarning(lcOsc).noquote()
            << tr("Not sent: %1 is %2 bytes long; REAPER reads messages of at most %3 bytes")
                   .arg(QString::fromStdString(message.path))
                   .arg(message.encodedSize())
                   .arg(kMaxMessageBytes);
        return false;
    }
    lo_message msg = makeLoMessage(message);
    const int sent = lo_send_message_from(m_target, m_server, message.path.c_str(), msg);
    lo_message_free(msg);
    return sent > 0;
}

bool Endpoint::sendBundle(const std::vector<OscMessage>& messages) {
    if (messages.size() == 1)
        return send(messages.front());
    if (!m_server || !m_target || messages.empty())
        return false;
    for (const auto& m : messages)
        if (m.encodedSize() > kMaxMessageBytes)
            return false;
    lo_bundle bundle = lo_bundle_new(LO_TT_IMMEDIATE);
    for (const auto& m : messages)
        lo_bundle_add_message(bundle, m.path.c_str(), makeLoMessage(m));
    const int sent = lo_send_bundle_from(m_target, m_server, bundle);
    lo_bundle_free_recursive(bundle);
    return sent > 0;
}

void Endpoint::drain() {
    if (!m_server)
        return;
    t_draining = this;
    int count = 0;
    // Level-triggered notifier: whatever a failed read leaves behind wakes us again.
    while (m_server && lo_server_recv_noblock(m_server, 0) > 0)
        ++count;
    t_draining = nullptr;
    m_datagrams += count;
    if (count > 0)
        Q_EMIT datagramsArrived(count);
}

void Endpoint::followSender(lo_message msg) {
    lo_address src = lo_message_get_source(msg);
    if (!src)
        return;
    const QString host = QString::fromUtf8(lo_address_get_hostname(src));
    const quint16 port = quint16(QByteArray(lo_address_get_port(src)).toUShort());
    if (port != m_targetPort || host != m_targetHost || !m_target)
        setTarget(host, port);
}

int Endpoint::onMessage(const char* path, const char* types, lo_arg** argv, int argc,
                        lo_message msg, void* self) {
    auto* e = static_cast<Endpoint*>(self);
    if (e->m_replyToSender)
        e->followSender(msg);
    if (e->m_handler)
        e->m_handler(std::string_view(path), OscArgs(types, argv, argc));
    return 0;
}

void Endpoint::onError(int num, const char* msg, const char* where) {
    const QString text =
        QStringLiteral("Ignored a malformed OSC datagram (liblo error %1: %2%3)")
            .arg(num)
            .arg(QString::fromUtf8(msg ? msg : "unknown"),
                 where ? QStringLiteral(" at %1").arg(QString::fromUtf8(where)) : QString());
    if (t_draining)
        t_draining->m_malformed.warn(text);
    else // while opening: open() reports the failure in plain words
        qCDebug(lcOsc).noquote() << text;
}

} // namespace oscalis::osc
