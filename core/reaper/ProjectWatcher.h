#pragma once

#include "reaper/ProjectTypes.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <vector>

namespace oscalis::reaper {

class Session;

/// Watches the folder the ReaScript writes into and feeds project.json into the Session (track
/// count, colours, folders, FX, instruments, inputs) and events.json into events() and
/// recordings(). Changes
/// are read after a short quiet spell (the script writes a temporary file and renames it over
/// the old one, which ends the watch on the old file: the watch is re-armed after each read).
/// A file that is cut short or malformed is ignored with warning(); the last good state stays.
/// Lives on the GUI thread with the Session.
class ProjectWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 200;
    static constexpr int kRearmMs = 2000; ///< how often a missing folder is looked for again

    explicit ProjectWatcher(Session& session, QObject* parent = nullptr);

    /// Starts watching `folder` (created by the script when it first runs) and reads it now.
    void setFolder(const QString& folder);
    QString folder() const { return m_folder; }
    QString projectPath() const;
    QString eventsPath() const;
    /// The last problem met reading the folder, empty after a good read.
    QString lastWarning() const { return m_warning; }
    /// The instrument and input changes the script recorded, oldest first.
    const std::vector<ProjectEvent>& events() const { return m_events; }
    /// The recordings REAPER made, as the script reported them, oldest first.
    const std::vector<ProjectRecording>& recordings() const { return m_recordings; }

public Q_SLOTS:
    /// Reads both files now (the debounce timer calls this).
    void reload();

Q_SIGNALS:
    /// A file could not be used; `message` says which and why, in plain words.
    void warning(const QString& message);
    /// A good project.json followed a warning.
    void recovered();
    void eventsChanged();
    void recordingsChanged();
    /// setFolder() pointed the watcher at another folder (the script's commands follow it).
    void folderChanged(const QString& folder);

private:
    void arm();
    void schedule();
    void readProject();
    void readEvents();
    void setWarning(const QString& message);

    Session& m_session;
    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_rearm;
    QByteArray m_lastProject; ///< the bytes of the last file read, good or bad
    QByteArray m_lastEvents;
    QString m_warning;
    std::vector<ProjectEvent> m_events;
    std::vector<ProjectRecording> m_recordings;
};

} // namespace oscalis::reaper
