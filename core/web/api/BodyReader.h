#pragma once

#include "web/api/ApiReply.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace oscalis::web {

/// Reads the fields of a request's JSON body, each with the type it must have. The first problem
/// (a body that is not an object, a missing field, a wrong type, a number out of range) is kept
/// and becomes `400 invalid_field` naming the field, in words a user can read; later reads then
/// return nothing. Unknown fields are ignored.
///
///     BodyReader in(body);
///     const auto level = in.integer(QStringLiteral("level"), label, 0, 10);
///     if (!in.ok()) return in.error();
///
/// A short-lived value on the stack of one API call; any thread.
class BodyReader {
    Q_DECLARE_TR_FUNCTIONS(BodyReader)

public:
    explicit BodyReader(const QJsonValue& body);

    /// A string; a missing (or null) optional field reads as empty text. A required one may not be
    /// missing or blank.
    std::optional<QString> text(const QString& field, const QString& label, bool required);
    /// A whole number in [min, max] (JSON numbers like 7 or 7.0; not 7.5, not "7").
    std::optional<int> integer(const QString& field, const QString& label, int min, int max);
    /// true or false.
    std::optional<bool> boolean(const QString& field, const QString& label);
    /// One of the given words, exactly.
    std::optional<QString> oneOf(const QString& field, const QString& label,
                                 const QStringList& words);

    bool ok() const { return m_problem.isEmpty(); }
    /// The first problem as a reply (only meaningful when !ok()).
    ApiReply error() const;

private:
    /// The field's value, or nothing (and the problem recorded) when it is missing and required.
    std::optional<QJsonValue> field(const QString& name, const QString& label, bool required);
    void fail(const QString& field, const QString& message);

    QJsonObject m_object;
    QString m_problem;
    QString m_field;
};

} // namespace oscalis::web
