#include "web/AudioFanOut.h"

#include "audio/AudioFormat.h"
#include "audio/AudioPacket.h"
#include "audio/StreamEngine.h"
#include "util/LogCategories.h"
#include "web/HubClient.h"

#include <QJsonObject>

#include <algorithm>

namespace oscalis::web {

AudioFanOut::AudioFanOut(const util::Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock) {}

int AudioFanOut::queueLimitBytes() const {
    return std::max(kMinQueueBytes, int(m_bytesPerSecond * kQueueMs / 1000.0));
}

void AudioFanOut::listen(HubClient& client, const QJsonValue& ref) {
    HubClient* key = &client;
    if (!m_listeners.contains(key)) {
        m_listeners.insert(key, Listener{&client});
        connect(&client, &HubClient::gone, this, [this, key] { forget(key); });
        Q_EMIT listenerCountChanged(listenerCount());
    }
    QJsonObject reply{{QStringLiteral("type"), QStringLiteral("audio.listening")},
                      {QStringLiteral("sampleRate"), audio::AudioFormat::kSampleRate}};
    if (!ref.isUndefined() && !ref.isNull())
        reply.insert(QStringLiteral("ref"), ref);
    client.send(reply);
}

void AudioFanOut::stop(HubClient& client, const QJsonValue& ref) {
    drop(&client, QStringLiteral("asked"), tr("You stopped listening."), ref);
}

void AudioFanOut::drop(HubClient* client, const QString& code, const QString& reason,
                       const QJsonValue& ref) {
    forget(client);
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("audio.stopped")},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("message"), reason}};
    if (!ref.isUndefined() && !ref.isNull())
        message.insert(QStringLiteral("ref"), ref);
    client->send(message);
}

void AudioFanOut::forget(HubClient* client) {
    if (m_listeners.remove(client)) {
        disconnect(client, &HubClient::gone, this, nullptr);
        Q_EMIT listenerCountChanged(listenerCount());
    }
}

void AudioFanOut::publish(const QByteArray& packet) {
    if (packet.size() >= audio::AudioPacket::kHeaderBytes) {
        // The header says how much sound the packet holds: from that, the stream's byte rate.
        const auto* header = reinterpret_cast<const unsigned char*>(packet.constData());
        const int frameSamples = header[2] << 8 | header[3];
        if (frameSamples > 0) {
            const double rate = (packet.size() + kFrameOverheadBytes) *
                                double(audio::AudioFormat::kSampleRate) / frameSamples;
            m_bytesPerSecond =
                m_bytesPerSecond == 0.0 ? rate : 0.95 * m_bytesPerSecond + 0.05 * rate;
        }
    }
    if (m_listeners.isEmpty())
        return;
    const qint64 limit = queueLimitBytes();
    const std::int64_t now = m_clock.nowMs();
    QList<HubClient*> tooSlow;
    for (auto it = m_listeners.begin(); it != m_listeners.end(); ++it) {
        Listener& l = it.value();
        if (!l.client)
            continue;
        if (l.client->bytesToWrite() <= limit) {
            l.overSinceMs = -1;
            l.client->sendBinary(packet);
            ++l.sent;
            continue;
        }
        ++l.skipped; // behind: this packet is left out, the newest ones will follow
        if (l.overSinceMs < 0)
            l.overSinceMs = now;
        else if (now - l.overSinceMs >= kStallMs)
            tooSlow.append(it.key());
    }
    for (HubClient* client : std::as_const(tooSlow)) {
        qCInfo(lcWeb) << "live audio stopped for user" << client->userId() << "(too slow)";
        drop(client, QStringLiteral("too_slow"),
             tr("Your connection did not keep up with the live audio, so it was stopped. "
                "Listen again when the connection is better."));
    }
}

void AudioFanOut::drain(audio::StreamEngine& engine) {
    engine.rearm();
    while (const audio::EncodedPacket* packet = engine.packets().peek()) {
        publish(QByteArray(reinterpret_cast<const char*>(packet->bytes.data()), packet->size));
        engine.packets().pop();
    }
}

} // namespace oscalis::web
