#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace oscalis::store {

/// A rehearsal (or any date in the band's agenda). Times are the band's local wall-clock time.
struct Event {
    qint64 id = 0;
    qint64 bandId = 0;
    QString title;
    QString startsAt;         ///< local date-time, stored as 2026-05-17T20:30:00
    int durationMin = 120;    ///< 0..1440
    QString place;
    QString replyBy;          ///< 2026-05-15, or empty for "no deadline"
    std::vector<qint64> agenda; ///< song ids, in the order they will be worked on
    std::optional<qint64> createdBy;
};

/// A member's answer to an invitation.
enum class EventAnswer { Yes, No, Maybe };

/// Who answered what for one event, and who came.
struct AttendanceSummary {
    struct Line {
        qint64 userId = 0;
        QString name;
        std::optional<EventAnswer> answer; ///< nullopt: not answered
        std::optional<bool> attended;      ///< nullopt: not marked
    };
    int yes = 0;
    int no = 0;
    int maybe = 0;
    int unanswered = 0;
    std::vector<Line> lines;  ///< every active member, by name
    std::vector<QString> came; ///< names of the members marked present
};

} // namespace oscalis::store
