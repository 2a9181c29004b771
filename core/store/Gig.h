#pragma once

#include <QString>

#include <optional>

namespace oscalis::store {

/// A concert: where, when, for how much.
struct Gig {
    enum class Status { Planned, Confirmed, Played, Cancelled };
    qint64 id = 0;
    qint64 bandId = 0;
    QString name;
    QString date; ///< 2026-06-21
    QString venue;
    QString address;
    QString contact;
    qint64 feeCents = 0;
    Status status = Status::Planned;
};

/// One line of a setlist: a song or a break (exactly one of them), at position 1..n.
struct SetlistItem {
    qint64 id = 0;
    qint64 gigId = 0;
    int position = 0;
    std::optional<qint64> songId;
    QString songTitle;                ///< for display
    std::optional<int> songDurationS; ///< for display and totals
    std::optional<int> breakMinutes;
    QString note;
    /// How long it lasted on stage (live mode); nullopt: not played (yet).
    std::optional<int> playedSeconds;
};

/// One song as it was played on stage in live mode, in the order played: what
/// GigRepository::recordPlayed() reconciles with the planned setlist.
struct PlayedSong {
    std::optional<qint64> itemId; ///< the setlist line it was started from; nullopt: off the list
    qint64 songId = 0;
    int seconds = 0; ///< 0..86400
};

} // namespace oscalis::store
