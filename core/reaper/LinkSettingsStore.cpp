#include "reaper/LinkSettingsStore.h"

#include "reaper/ReaperPaths.h"
#include "reaper/Session.h"

#include <QDir>

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
    const QString folder =
        s.value(QLatin1String(ReaperPaths::kProjectFolderKey)).toString().trimmed();
    out.scriptFolder = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    return out;
}

void saveLinkSettings(QSettings& s, const LinkSettings& link) {
    s.setValue(QStringLiteral("reaper/host"), link.reaperHost);
    s.setValue(QStringLiteral("reaper/port"), link.reaperPort);
    s.setValue(QStringLiteral("reaper/listenPort"), link.listenPort);
    s.setValue(QStringLiteral("reaper/bankSize"), link.bankSize);
    if (link.scriptFolder.trimmed().isEmpty())
        s.remove(QLatin1String(ReaperPaths::kProjectFolderKey));
    else
        s.setValue(QLatin1String(ReaperPaths::kProjectFolderKey),
                   QDir::cleanPath(link.scriptFolder.trimmed()));
}

} // namespace oscalis::reaper
