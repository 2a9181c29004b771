#include "reaper/ScriptCommands.h"

#include "util/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace oscalis::reaper {

namespace {
const QString kCommandsFile = QStringLiteral("commands.json");
const QString kAckFile = QStringLiteral("ack.json");
} // namespace

ScriptCommands::ScriptCommands(QObject* parent)
    : QObject(parent), m_prefix(QUuid::createUuid().toString(QUuid::Id128).left(8)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &ScriptCommands::readAcknowledgements);
    const auto changed = [this] { m_debounce.start(); };
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
}

void ScriptCommands::setFolder(const QString& folder) {
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_folder = folder;
    // Created with the first command only: no REAPER folder appears on a computer without one.
    if (QFileInfo::exists(folder))
        m_watcher.addPath(folder);
}

QString ScriptCommands::send(const QString& command, const QJsonObject& fields) {
    QJsonObject object = fields;
    const QString id = QStringLiteral("%1-%2").arg(m_prefix).arg(m_next++);
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("command"), command);
    m_pending.push_back({id, object});
    if (!writePending()) {
        m_pending.pop_back();
        return {};
    }
    return id;
}

QString ScriptCommands::addMarker(const QString& name, std::optional<double> positionSeconds) {
    QJsonObject fields{{QStringLiteral("name"), name}};
    if (positionSeconds)
        fields.insert(QStringLiteral("position"), *positionSeconds);
    return send(QStringLiteral("add_marker"), fields);
}

QString ScriptCommands::goToRegion(const QString& name, bool smooth) {
    return send(QStringLiteral("go_to_region"),
                {{QStringLiteral("name"), name}, {QStringLiteral("smooth"), smooth}});
}

bool ScriptCommands::writePending() {
    if (m_folder.isEmpty()) {
        m_error = tr("No folder is set for the REAPER script's commands.");
        return false;
    }
    QJsonArray list;
    for (const Pending& p : m_pending)
        list.append(p.command);
    if (QDir().mkpath(m_folder) && !m_watcher.directories().contains(m_folder))
        m_watcher.addPath(m_folder);
    QSaveFile file(QDir(m_folder).filePath(kCommandsFile));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("commands"), list}})
                       .toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        m_error = tr("Could not write the REAPER script's commands to %1: %2")
                      .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        qCWarning(lcReaper).noquote() << m_error;
        return false;
    }
    m_error.clear();
    return true;
}

void ScriptCommands::readAcknowledgements() {
    if (m_pending.empty() || m_folder.isEmpty())
        return;
    QFile file(QDir(m_folder).filePath(kAckFile));
    if (!file.open(QIODevice::ReadOnly))
        return; // the script has not answered yet
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return; // written atomically by the script, so a bad file is not half-written: wait for the
                // next
    std::vector<std::tuple<QString, bool, QString>> outcomes;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("done")).toArray()) {
        const QJsonObject done = v.toObject();
        const QString id = done.value(QStringLiteral("id")).toString();
        const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                     [&](const Pending& p) { return p.id == id; });
        if (it == m_pending.end())
            continue;
        m_pending.erase(it);
        outcomes.emplace_back(id, done.value(QStringLiteral("ok")).toBool(),
                              done.value(QStringLiteral("error")).toString());
    }
    if (outcomes.empty())
        return;
    writePending(); // the file now holds only what is still to run
    for (const auto& [id, ok, error] : outcomes)
        Q_EMIT finished(id, ok, error);
}

} // namespace oscalis::reaper
