#pragma once

#include "store/Result.h"

#include <QString>

namespace oscalis::store {

/// Checks user input before it reaches SQL, with messages a user can act on.
/// Stateless; any thread. The checks are O(1) in the input size where they can be
/// (a 10 MB paste is refused by its length before anything looks at its content).
class Validate {
public:
    static constexpr int kNameMax = 200;
    static constexpr int kNoteMax = 10000;
    static constexpr int kLinkMax = 2000;

    /// label is what the user calls the field ("The title"). Required text may not be blank.
    static Status text(const QString& value, const QString& label, int maxLength, bool required);
    /// A calendar date written 2026-05-17.
    static Status date(const QString& value, const QString& label);
    /// A local date and time written 2026-05-17T20:30 (seconds allowed).
    static Status localDateTime(const QString& value, const QString& label);
    /// value within [min, max]; unit is said in the message ("beats per minute").
    static Status range(qint64 value, qint64 min, qint64 max, const QString& label);
};

} // namespace oscalis::store
