#pragma once

#include "store/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace oscalis::ui::band {

/// The activity log in words a musician reads: "Song edited" rather than song.edit, the song's
/// title rather than song:12, "level: 7 → 8" rather than JSON. The log keeps its keys; this only
/// words them, with the names the store found for the references (AuditRepository::names).
/// Stateless; any thread.
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    /// The action's label, or the key itself for an action this version does not know.
    static QString action(const QString& key);
    /// The "kind:id" references an entry mentions (its target and the ids in its details).
    static QStringList references(const store::AuditEntry& entry);
    /// What the entry is about: each part of its target by name, or as logged when gone.
    static QString target(const QString& target, const QHash<QString, QString>& names);
    /// The entry's details: what changed (before → after), or what was added or removed.
    static QString details(const store::AuditEntry& entry, const QHash<QString, QString>& names);
};

} // namespace oscalis::ui::band
