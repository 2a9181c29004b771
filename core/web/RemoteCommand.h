#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace oscalis::web {

/// A command from a browser's remote (`remote.transport`, `remote.track`, `remote.bank` in
/// docs/API.md), checked and typed. Sent by the Hub (network thread) to the RemoteBridge (GUI
/// thread) by queued signal. A plain value; any thread.
struct RemoteCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoteCommand)

public:
    enum class Kind { Transport, Track, Bank };
    Kind kind = Kind::Transport;
    QString action; ///< transport: one of transportActions(); bank: "previous" or "next"
    int number = 0; ///< track: REAPER's track number, as in `reaper.state`
    std::optional<double> volume; ///< 0..1 fader position
    std::optional<double> pan;    ///< -1 (left) .. 1 (right)
    std::optional<bool> mute;
    std::optional<bool> solo;
    std::optional<bool> arm;

    /// "play", "stop", ...: what remote.transport may ask for.
    static const QStringList& transportActions();
    /// The command in a client message of that type, or a message saying what is wrong with it.
    static std::variant<RemoteCommand, QString> fromMessage(const QString& type,
                                                            const QJsonObject& message);
};

} // namespace oscalis::web

Q_DECLARE_METATYPE(oscalis::web::RemoteCommand)
