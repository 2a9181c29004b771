#include "web/HubMessages.h"

#include "web/ChatHandlers.h"

namespace oscalis::web {

const std::vector<HubMessages::Spec>& HubMessages::table() {
    static const std::vector<Spec> specs{
        {QStringLiteral("chat.send"), false, &ChatHandlers::send},
        {QStringLiteral("chat.history"), false, &ChatHandlers::history},
        {QStringLiteral("chat.sync"), false, &ChatHandlers::sync},
        {QStringLiteral("chat.search"), false, &ChatHandlers::search},
        {QStringLiteral("chat.read"), false, &ChatHandlers::read},
        {QStringLiteral("chat.delete"), false, &ChatHandlers::remove},
        {QStringLiteral("chat.createRoom"), false, &ChatHandlers::createRoom},
        {QStringLiteral("chat.direct"), false, &ChatHandlers::direct},
        {QStringLiteral("remote.transport"), true, {}},
        {QStringLiteral("remote.track"), true, {}},
        {QStringLiteral("remote.bank"), true, {}},
        {QStringLiteral("audio.listen"), false, {}, true},
        {QStringLiteral("audio.stop"), false, {}, true},
    };
    return specs;
}

const HubMessages::Spec* HubMessages::find(const QString& type) {
    for (const Spec& s : table())
        if (s.type == type)
            return &s;
    return nullptr;
}

QStringList HubMessages::clientTypes() {
    QStringList list;
    for (const Spec& s : table())
        list.append(s.type);
    return list;
}

QStringList HubMessages::serverTypes() {
    return {QStringLiteral("welcome"),         QStringLiteral("error"),
            QStringLiteral("presence"),        QStringLiteral("chat.room"),
            QStringLiteral("chat.message"),    QStringLiteral("chat.deleted"),
            QStringLiteral("chat.page"),       QStringLiteral("reaper.state"),
            QStringLiteral("audio.listening"), QStringLiteral("audio.stopped")};
}

} // namespace oscalis::web
