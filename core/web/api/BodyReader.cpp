#include "web/api/BodyReader.h"

#include <cmath>

namespace oscalis::web {

BodyReader::BodyReader(const QJsonValue& body) {
    if (body.isObject())
        m_object = body.toObject();
    else if (body.isUndefined() || body.isNull())
        fail({}, tr("The request has no content; send a JSON object."));
    else
        fail({}, tr("The request's content must be a JSON object ({...})."));
}

void BodyReader::fail(const QString& field, const QString& message) {
    if (!ok())
        return; // keep the first problem: it is the one the user sees
    m_field = field;
    m_problem = message;
}

ApiReply BodyReader::error() const {
    return ApiReply::error(400, QStringLiteral("invalid_field"), m_problem, m_field);
}

std::optional<QJsonValue> BodyReader::field(const QString& name, const QString& label,
                                            bool required) {
    if (!ok())
        return std::nullopt;
    const QJsonValue v = m_object.value(name);
    if (required && (v.isUndefined() || v.isNull())) {
        fail(name, tr("%1 is missing (field “%2”).").arg(label, name));
        return std::nullopt;
    }
    return v;
}

std::optional<QString> BodyReader::text(const QString& name, const QString& label, bool required) {
    const auto v = field(name, label, required);
    if (!v)
        return std::nullopt;
    if (v->isUndefined() || v->isNull())
        return QString();
    if (!v->isString()) {
        fail(name, tr("%1 must be text (field “%2”).").arg(label, name));
        return std::nullopt;
    }
    if (required && v->toString().trimmed().isEmpty()) {
        fail(name, tr("%1 cannot be empty.").arg(label));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<int> BodyReader::integer(const QString& name, const QString& label, int min,
                                       int max) {
    const auto v = field(name, label, true);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max) {
        fail(name, tr("%1 must be a whole number from %2 to %3 (field “%4”).")
                       .arg(label)
                       .arg(min)
                       .arg(max)
                       .arg(name));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<bool> BodyReader::boolean(const QString& name, const QString& label) {
    const auto v = field(name, label, true);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        fail(name, tr("%1 must be true or false (field “%2”).").arg(label, name));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QString> BodyReader::oneOf(const QString& name, const QString& label,
                                         const QStringList& words) {
    const auto v = field(name, label, true);
    if (!v)
        return std::nullopt;
    if (!v->isString() || !words.contains(v->toString())) {
        QStringList quoted;
        for (const QString& w : words)
            quoted << QStringLiteral("“%1”").arg(w);
        fail(name, tr("%1 must be one of %2 (field “%3”).")
                       .arg(label, quoted.join(QStringLiteral(", ")), name));
        return std::nullopt;
    }
    return v->toString();
}

} // namespace oscalis::web
