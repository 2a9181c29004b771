// Fuzz target: one WebSocket text message from a signed-in member's browser, through what the
// Hub does with it (Hub::onText, Hub::dispatch): the size limit, JSON parsing, the HubMessages
// table, then the chat handler on a real band database as the data worker runs it, or the
// remote command check (RemoteCommand::fromMessage) for remote.* types. The identity is the one
// the upgrade would have established for the member of the band.
#include "FuzzRig.h"
#include "WebData.h"
#include "web/HubClient.h"
#include "web/HubMessages.h"
#include "web/RemoteCommand.h"

#include <QJsonDocument>

#include <cstdint>

namespace {

using namespace oscalis::web;

struct HubRig {
    oscalis::fuzz::WebData web;
    HubIdentity member;
};

HubRig& rig() {
    static HubRig r;
    return r;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    oscalis::fuzz::initQt();
    if (!rig().web.ready)
        oscalis::fuzz::giveUp("the band database could not be set up");
    rig().member.actor = rig().web.data.member;
    rig().member.sessionId = 1;
    rig().member.displayName = QStringLiteral("member");
    rig().member.bandId = rig().web.data.band;
    rig().member.remote = true;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // A text frame is UTF-8; QWebSocket hands the Hub a QString.
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > HubClient::kMaxMessageBytes)
        return 0;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QJsonObject message = doc.object();
    const HubMessages::Spec* spec =
        HubMessages::find(message.value(QStringLiteral("type")).toString());
    if (!spec)
        return 0;
    if (spec->remote) {
        RemoteCommand::fromMessage(spec->type, message);
        return 0;
    }
    const HubOutcome outcome = spec->handler(*rig().web.services, rig().member, message);
    for (const QJsonObject& reply : outcome.replies)
        QJsonDocument(reply).toJson(QJsonDocument::Compact);
    for (const HubOutcome::Delivery& d : outcome.deliveries)
        QJsonDocument(d.message).toJson(QJsonDocument::Compact);
    return 0;
}
