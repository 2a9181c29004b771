#pragma once

#include <QFileSystemWatcher>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>
#include <vector>

namespace oscalis::reaper {

/// The channel to Oscalis's ReaScript for what OSC cannot do (add a marker or region, go to a
/// region by name, colour a track): commands are written to commands.json in the script's
/// folder (atomically, as a whole file), the script runs each once by its id and lists it in
/// ack.json, and each outcome is reported once through finished(). Unacknowledged commands stay
/// in the file, so a script started later still runs them. Ids carry a per-run prefix, so a
/// restarted Oscalis never reuses an id the script has already seen.
/// Lives on the GUI thread.
class ScriptCommands : public QObject {
    Q_OBJECT
public:
    explicit ScriptCommands(QObject* parent = nullptr);

    /// The folder the script reads and writes (ReaperPaths::projectFolder()).
    void setFolder(const QString& folder);
    QString folder() const { return m_folder; }

    /// Queues a command with its fields; returns its id, or an empty string (and error())
    /// when the file cannot be written.
    QString send(const QString& command, const QJsonObject& fields = {});
    QString addMarker(const QString& name, std::optional<double> positionSeconds = std::nullopt);
    QString goToRegion(const QString& name, bool smooth = false);

    /// Reads ack.json now (the folder watcher also does, shortly after the script writes it).
    void readAcknowledgements();
    int pendingCount() const { return int(m_pending.size()); }
    QString error() const { return m_error; }

Q_SIGNALS:
    /// The script ran command `id`: `ok`, or not with the script's `error` in plain words.
    void finished(const QString& id, bool ok, const QString& error);

private:
    bool writePending();

    struct Pending {
        QString id;
        QJsonObject command;
    };
    QString m_folder;
    QString m_prefix;
    int m_next = 1;
    std::vector<Pending> m_pending;
    QString m_error;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};

} // namespace oscalis::reaper
