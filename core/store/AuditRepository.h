#pragma once

#include "auth/Actor.h"
#include "store/AuditEntry.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonObject>

namespace oscalis::store {

/// The activity log. Every repository writes its entry through append(), inside the same
/// transaction as the change, so a change and its entry are saved together or not at all.
/// Owner: whoever owns the Database; same thread as it.
class AuditRepository {
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    /// Appends one entry; call inside the change's transaction.
    static Status append(Database& db, const auth::Actor& actor, std::optional<qint64> bandId,
                         const QString& action, const QString& target,
                         const QJsonObject& before = {}, const QJsonObject& after = {});
    /// Reads the log, newest first. A band's log needs ViewAudit in that band; the whole log
    /// (no bandId) needs an admin or a moderator.
    Result<AuditPage> query(const auth::Actor& actor, const AuditFilter& filter);
    /// The different actions in the log (a band's, or the whole log), by name, for a filter's
    /// choices; the same permission as query().
    Result<QStringList> actions(const auth::Actor& actor, std::optional<qint64> bandId);
    /// What the log's "kind:id" references name today, for the things of band that still exist:
    /// "song:12" → its title, "user:3" → the member's display name, and likewise for
    /// suggestions, events, gigs, chat rooms and the band itself. Unknown kinds and things that
    /// are gone are left out. Same permission as query() on band.
    Result<QHash<QString, QString>> names(const auth::Actor& actor, qint64 bandId,
                                          const QStringList& refs);

private:
    Database& m_db;
};

} // namespace oscalis::store
