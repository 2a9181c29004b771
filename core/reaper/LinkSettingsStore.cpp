#include "reaper/LinkSettingsStore.h"

#include "reaper/Session.h"

#include <QSettings>

#include <algorithm>

namespace oscalis::reaper {

LinkSettings loadLinkSettings(const QSettings& s) {
    LinkSettings d;
    LinkSettings out;
    out.reaperHost = s.value(QStringLiteral("reaper/host"), d.reaperHost).toString().trimmed();
    if (out.reaperHost.isEmpty())
        out.reaperHost = d.reaperHost;
    out.reaperPort =
        quint16(std::clamp(s.value(QStringLiteral("reaper/port"), d.reaperPort).toInt(), 1, 65535));
    out.listenPort = quint16(
        std::clamp(s.value(QStringLiteral("reaper/listenPort"), d.listenPort).toInt(), 0, 65535));
    out.bankSize = std::clamp(s.value(QStringLiteral("reaper/bankSize"), d.bankSize).toInt(), 8,
                              Session::kMaxBankSize);
    return out;
}

void saveLinkSettings(QSettings& s, const LinkSettings& link) {
    s.setValue(QStringLiteral("reaper/host"), link.reaperHost);
    s.setValue(QStringLiteral("reaper/port"), link.reaperPort);
    s.setValue(QStringLiteral("reaper/listenPort"), link.listenPort);
    s.setValue(QStringLiteral("reaper/bankSize"), link.bankSize);
}

} // namespace oscalis::reaper
