#include "store/AuditRepository.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/SqlValue.h"

#include <QJsonDocument>

namespace oscalis::store {

namespace {
QVariant json(const QJsonObject& o) {
    if (o.isEmpty()) return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Status AuditRepository::append(Database& db, const auth::Actor& actor, std::optional<qint64> bandId,
                               const QString& action, const QString& target, const QJsonObject& before,
                               const QJsonObject& after) {
    auto id = db.insert(QStringLiteral("INSERT INTO audit_log (at, user_id, band_id, action, target, "
                                       "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {sql::nowUtc(), actor.isAnonymous() ? QVariant() : QVariant(actor.userId),
                         sql::opt(bandId), action, target, json(before), json(after)});
    if (!id.ok()) return id.error();
    return {};
}

Result<AuditPage> AuditRepository::query(const auth::Actor& actor, const AuditFilter& filter) {
    Status allowed = AccessCheck::require(m_db, actor, auth::Action::ViewAudit, filter.bandId);
    if (!allowed.ok()) return allowed.error();

    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList params;
    if (filter.bandId) { where += QStringLiteral(" AND band_id = ?"); params << *filter.bandId; }
    if (filter.userId) { where += QStringLiteral(" AND user_id = ?"); params << *filter.userId; }
    if (!filter.action.isEmpty() && filter.actionPrefix) {
        // substr, not LIKE: no wildcards to escape, and case-sensitive like the names.
        where += QStringLiteral(" AND substr(action, 1, ?) = ?");
        params << static_cast<int>(filter.action.toUcs4().size()) << filter.action;
    } else if (!filter.action.isEmpty()) {
        where += QStringLiteral(" AND action = ?");
        params << filter.action;
    }
    if (!filter.from.isEmpty()) { where += QStringLiteral(" AND at >= ?"); params << filter.from; }
    if (!filter.to.isEmpty()) { where += QStringLiteral(" AND at < ?"); params << filter.to; }

    auto total = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log") + where, params);
    if (!total.ok()) return total.error();
    QVariantList pageParams = params;
    pageParams << qBound(1, filter.limit, 500) << qMax(0, filter.offset);
    auto rows = m_db.select(QStringLiteral("SELECT id, at, user_id, band_id, action, target, before_json, after_json "
                                           "FROM audit_log") + where +
                                QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"),
                            pageParams);
    if (!rows.ok()) return rows.error();
    AuditPage page;
    page.total = total->toInt();
    for (const QSqlRecord& r : *rows)
        page.items.push_back({r.value(0).toLongLong(), r.value(1).toString(), sql::optId(r.value(2)),
                              sql::optId(r.value(3)), r.value(4).toString(), r.value(5).toString(),
                              r.value(6).toString(), r.value(7).toString()});
    return page;
}

Result<QStringList> AuditRepository::actions(const auth::Actor& actor, std::optional<qint64> bandId) {
    Status allowed = AccessCheck::require(m_db, actor, auth::Action::ViewAudit, bandId);
    if (!allowed.ok()) return allowed.error();
    auto rows = bandId ? m_db.select(QStringLiteral("SELECT DISTINCT action FROM audit_log WHERE band_id = ? ORDER BY action"),
                                     {*bandId})
                       : m_db.select(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"));
    if (!rows.ok()) return rows.error();
    QStringList names;
    for (const QSqlRecord& r : *rows) names << r.value(0).toString();
    return names;
}

Result<QHash<QString, QString>> AuditRepository::names(const auth::Actor& actor, qint64 bandId,
                                                      const QStringList& refs) {
    Status allowed = AccessCheck::require(m_db, actor, auth::Action::ViewAudit, bandId);
    if (!allowed.ok()) return allowed.error();
    // One query per kind, each limited to the band: "?" stands for the band, then the ids.
    static const QHash<QString, QString> byKind{
        {QStringLiteral("song"), QStringLiteral("SELECT id, title FROM songs WHERE band_id = ? AND id IN (%1)")},
        {QStringLiteral("suggestion"),
         QStringLiteral("SELECT id, title FROM suggestions WHERE band_id = ? AND id IN (%1)")},
        {QStringLiteral("event"), QStringLiteral("SELECT id, title FROM events WHERE band_id = ? AND id IN (%1)")},
        {QStringLiteral("gig"), QStringLiteral("SELECT id, name FROM gigs WHERE band_id = ? AND id IN (%1)")},
        {QStringLiteral("chatroom"),
         QStringLiteral("SELECT id, name FROM chat_rooms WHERE band_id = ? AND name <> '' AND id IN (%1)")},
        {QStringLiteral("user"),
         QStringLiteral("SELECT u.id, u.display_name FROM users u JOIN memberships m ON m.user_id = u.id "
                        "AND m.band_id = ? WHERE u.id IN (%1)")},
        {QStringLiteral("band"), QStringLiteral("SELECT id, name FROM bands WHERE id = ? AND id IN (%1)")}};
    QHash<QString, QVariantList> ids;
    for (const QString& ref : refs) {
        const qsizetype colon = ref.indexOf(QLatin1Char(':'));
        bool number = false;
        const qint64 id = ref.mid(colon + 1).toLongLong(&number);
        const QString kind = ref.left(colon);
        if (colon > 0 && number && byKind.contains(kind) && !ids[kind].contains(id)) ids[kind] << id;
    }
    QHash<QString, QString> names;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        if (it.value().isEmpty()) continue;
        QStringList marks;
        for (qsizetype i = 0; i < it.value().size(); ++i) marks << QStringLiteral("?");
        auto rows = m_db.select(byKind.value(it.key()).arg(marks.join(QLatin1Char(','))),
                                QVariantList{bandId} + it.value());
        if (!rows.ok()) return rows.error();
        for (const QSqlRecord& r : *rows)
            names.insert(it.key() + QLatin1Char(':') + r.value(0).toString(), r.value(1).toString());
    }
    return names;
}

} // namespace oscalis::store
