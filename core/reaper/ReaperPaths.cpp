#include "reaper/ReaperPaths.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace oscalis::reaper {

QString ReaperPaths::defaultResourceFolder() {
#if defined(Q_OS_WIN)
    const QString appData = qEnvironmentVariable("APPDATA");
    const QString base = appData.isEmpty() ? QDir::homePath() + QStringLiteral("/AppData/Roaming")
                                           : QDir::fromNativeSeparators(appData);
    return base + QStringLiteral("/REAPER");
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/Application Support/REAPER");
#else
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/REAPER");
#endif
}

QString ReaperPaths::resourceFolder(const QSettings& settings) {
    const QString stored = settings.value(QLatin1String(kResourceFolderKey)).toString().trimmed();
    return stored.isEmpty() ? defaultResourceFolder() : QDir::cleanPath(stored);
}

QString ReaperPaths::projectFolder(const QSettings& settings) {
    const QString stored = settings.value(QLatin1String(kProjectFolderKey)).toString().trimmed();
    return stored.isEmpty() ? projectFolderIn(resourceFolder(settings)) : QDir::cleanPath(stored);
}

QString ReaperPaths::projectFolderIn(const QString& resourceFolder) {
    return QDir::cleanPath(resourceFolder + QStringLiteral("/Oscalis"));
}

} // namespace oscalis::reaper
