#include "reaper/ProjectWatcher.h"

#include "reaper/ProjectFile.h"
#include "reaper/Session.h"
#include "util/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace oscalis::reaper {

namespace {
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

/// The file's bytes; a null QByteArray when it is missing (between a remove and a rename on
/// Windows) or unreadable.
QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.isNull())
        bytes = QByteArray(""); // present but empty: still a file to judge
    return bytes;
}
} // namespace

ProjectWatcher::ProjectWatcher(Session& session, QObject* parent)
    : QObject(parent), m_session(session) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ProjectWatcher::reload);
    m_rearm.setInterval(kRearmMs);
    connect(&m_rearm, &QTimer::timeout, this, [this] {
        // The folder appears when the script first runs; a watch on a missing path does nothing.
        if (!m_watcher.directories().contains(m_folder) && QFileInfo::exists(m_folder))
            schedule();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ProjectWatcher::schedule);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ProjectWatcher::schedule);
}

void ProjectWatcher::setFolder(const QString& folder) {
    const QString clean = QDir::cleanPath(folder);
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    const bool moved = clean != m_folder;
    m_folder = clean;
    m_lastProject.clear();
    m_lastEvents.clear();
    m_rearm.start();
    reload();
    if (moved)
        Q_EMIT folderChanged(m_folder);
}

QString ProjectWatcher::projectPath() const {
    return m_folder + QStringLiteral("/project.json");
}

QString ProjectWatcher::eventsPath() const {
    return m_folder + QStringLiteral("/events.json");
}

void ProjectWatcher::schedule() {
    m_debounce.start();
}

void ProjectWatcher::arm() {
    if (m_folder.isEmpty())
        return;
    if (QFileInfo::exists(m_folder) && !m_watcher.directories().contains(m_folder))
        m_watcher.addPath(m_folder);
    // A rename over the file ends the watch on the old one: watch whatever is there now.
    for (const QString& path : {projectPath(), eventsPath()})
        if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
            m_watcher.addPath(path);
}

void ProjectWatcher::reload() {
    arm();
    readProject();
    readEvents();
}

void ProjectWatcher::readProject() {
    const QByteArray bytes = readAll(projectPath());
    if (bytes.isNull() || bytes == m_lastProject)
        return;
    m_lastProject = bytes;
    QString error;
    auto project = ProjectFile::parseProject(bytes, &error);
    if (!project) {
        setWarning(tr("REAPER's project file %1 could not be used: %2. Oscalis keeps what it "
                      "last read.")
                       .arg(QDir::toNativeSeparators(projectPath()), error));
        return;
    }
    if (project->scriptVersion != kExpectedScriptVersion)
        qCWarning(lcReaper).noquote()
            << QStringLiteral("The REAPER script is version %1; Oscalis expects %2")
                   .arg(project->scriptVersion)
                   .arg(kExpectedScriptVersion);
    m_session.setProject(std::move(*project));
    if (!m_warning.isEmpty()) {
        m_warning.clear();
        Q_EMIT recovered();
    }
}

void ProjectWatcher::readEvents() {
    const QByteArray bytes = readAll(eventsPath());
    if (bytes.isNull() || bytes == m_lastEvents)
        return;
    m_lastEvents = bytes;
    QString error;
    auto events = ProjectFile::parseEvents(bytes, &error);
    if (!events) {
        qCWarning(lcReaper).noquote() << QStringLiteral("Ignored %1: %2").arg(eventsPath(), error);
        return;
    }
    if (*events != m_events) {
        m_events = std::move(*events);
        Q_EMIT eventsChanged();
    }
    auto recordings = ProjectFile::parseRecordings(bytes, &error);
    if (!recordings) {
        qCWarning(lcReaper).noquote()
            << QStringLiteral("Ignored the recordings in %1: %2").arg(eventsPath(), error);
        return;
    }
    if (*recordings != m_recordings) {
        m_recordings = std::move(*recordings);
        Q_EMIT recordingsChanged();
    }
}

void ProjectWatcher::setWarning(const QString& message) {
    m_warning = message;
    qCWarning(lcReaper).noquote() << message;
    Q_EMIT warning(message);
}

} // namespace oscalis::reaper
