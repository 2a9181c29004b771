#include "web/RemoteCommand.h"

namespace oscalis::web {

const QStringList& RemoteCommand::transportActions() {
    static const QStringList actions{
        QStringLiteral("play"),           QStringLiteral("stop"),      QStringLiteral("pause"),
        QStringLiteral("record"),         QStringLiteral("rewind"),    QStringLiteral("forward"),
        QStringLiteral("previousMarker"), QStringLiteral("nextMarker")};
    return actions;
}

namespace {

/// Reads an optional number within [min, max] into out; false when present and wrong.
bool optionalNumber(const QJsonObject& m, const char* key, double min, double max,
                    std::optional<double>& out) {
    const QJsonValue v = m.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
        return false;
    out = v.toDouble();
    return true;
}

bool optionalBool(const QJsonObject& m, const char* key, std::optional<bool>& out) {
    const QJsonValue v = m.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return false;
    out = v.toBool();
    return true;
}

} // namespace

std::variant<RemoteCommand, QString> RemoteCommand::fromMessage(const QString& type,
                                                                const QJsonObject& m) {
    RemoteCommand c;
    if (type == QLatin1String("remote.transport")) {
        c.kind = Kind::Transport;
        c.action = m.value(QStringLiteral("action")).toString();
        if (!transportActions().contains(c.action))
            return tr("“action” must be one of %1.")
                .arg(transportActions().join(QStringLiteral(", ")));
        return c;
    }
    if (type == QLatin1String("remote.bank")) {
        c.kind = Kind::Bank;
        c.action = m.value(QStringLiteral("direction")).toString();
        if (c.action != QLatin1String("previous") && c.action != QLatin1String("next"))
            return tr("“direction” must be “previous” or “next”.");
        return c;
    }
    c.kind = Kind::Track;
    const QJsonValue number = m.value(QStringLiteral("number"));
    if (!number.isDouble() || number.toDouble() < 1 || number.toDouble() != double(number.toInt()))
        return tr("“number” must be the number of a track the remote shows.");
    c.number = number.toInt();
    if (!optionalNumber(m, "volume", 0.0, 1.0, c.volume))
        return tr("“volume” must be a number from 0 to 1.");
    if (!optionalNumber(m, "pan", -1.0, 1.0, c.pan))
        return tr("“pan” must be a number from -1 to 1.");
    if (!optionalBool(m, "mute", c.mute) || !optionalBool(m, "solo", c.solo) ||
        !optionalBool(m, "arm", c.arm))
        return tr("“mute”, “solo” and “arm” must be true or false.");
    return c;
}

} // namespace oscalis::web
