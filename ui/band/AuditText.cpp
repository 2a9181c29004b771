#include "ui/band/AuditText.h"

#include "ui/band/Durations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace oscalis::ui::band {

namespace {

struct Words {
    const char* key;
    const char* text;
};

// The actions the store and the chat write (AuditRepository::append's callers).
constexpr Words kActions[] = {
    {"audio_note.add", QT_TRANSLATE_NOOP("AuditText", "Voice note recorded")},
    {"audio_note.delete", QT_TRANSLATE_NOOP("AuditText", "Voice note deleted")},
    {"band.create", QT_TRANSLATE_NOOP("AuditText", "Band created")},
    {"band.delete", QT_TRANSLATE_NOOP("AuditText", "Band deleted")},
    {"band.join", QT_TRANSLATE_NOOP("AuditText", "Joined the band")},
    {"band.logo", QT_TRANSLATE_NOOP("AuditText", "Band logo changed")},
    {"band.rename", QT_TRANSLATE_NOOP("AuditText", "Band renamed")},
    {"band.rotate_invite", QT_TRANSLATE_NOOP("AuditText", "New invite code")},
    {"calendar_feed.create", QT_TRANSLATE_NOOP("AuditText", "Calendar subscription created")},
    {"calendar_feed.revoke", QT_TRANSLATE_NOOP("AuditText", "Calendar subscription ended")},
    {"chat.delete", QT_TRANSLATE_NOOP("AuditText", "Chat message deleted")},
    {"chat.room_add", QT_TRANSLATE_NOOP("AuditText", "Chat room created")},
    {"database.backup", QT_TRANSLATE_NOOP("AuditText", "Database backed up")},
    {"database.restore", QT_TRANSLATE_NOOP("AuditText", "Database restored")},
    {"event.answer", QT_TRANSLATE_NOOP("AuditText", "Answered an event")},
    {"event.attendance", QT_TRANSLATE_NOOP("AuditText", "Attendance marked")},
    {"event.create", QT_TRANSLATE_NOOP("AuditText", "Event planned")},
    {"event.delete", QT_TRANSLATE_NOOP("AuditText", "Event deleted")},
    {"event.edit", QT_TRANSLATE_NOOP("AuditText", "Event changed")},
    {"gig.create", QT_TRANSLATE_NOOP("AuditText", "Gig created")},
    {"gig.delete", QT_TRANSLATE_NOOP("AuditText", "Gig deleted")},
    {"gig.edit", QT_TRANSLATE_NOOP("AuditText", "Gig changed")},
    {"mastery.set", QT_TRANSLATE_NOOP("AuditText", "Mastery level set")},
    {"member.edit", QT_TRANSLATE_NOOP("AuditText", "Member details changed")},
    {"member.leave", QT_TRANSLATE_NOOP("AuditText", "Left the band")},
    {"member.remove", QT_TRANSLATE_NOOP("AuditText", "Member removed")},
    {"member.set_role", QT_TRANSLATE_NOOP("AuditText", "Member's role changed")},
    {"note.add", QT_TRANSLATE_NOOP("AuditText", "Note added")},
    {"note.delete", QT_TRANSLATE_NOOP("AuditText", "Note removed")},
    {"session.create", QT_TRANSLATE_NOOP("AuditText", "Signed in from a browser")},
    {"session.revoke", QT_TRANSLATE_NOOP("AuditText", "Browser session ended")},
    {"setlist.insert", QT_TRANSLATE_NOOP("AuditText", "Added to the setlist")},
    {"setlist.move", QT_TRANSLATE_NOOP("AuditText", "Setlist reordered")},
    {"setlist.played", QT_TRANSLATE_NOOP("AuditText", "Played setlist written back")},
    {"setlist.remove", QT_TRANSLATE_NOOP("AuditText", "Removed from the setlist")},
    {"settings.edit", QT_TRANSLATE_NOOP("AuditText", "Band settings changed")},
    {"song.add", QT_TRANSLATE_NOOP("AuditText", "Song added")},
    {"song.delete", QT_TRANSLATE_NOOP("AuditText", "Song deleted")},
    {"song.edit", QT_TRANSLATE_NOOP("AuditText", "Song edited")},
    {"song.import", QT_TRANSLATE_NOOP("AuditText", "Songs imported")},
    {"suggestion.add", QT_TRANSLATE_NOOP("AuditText", "Song suggested")},
    {"suggestion.delete", QT_TRANSLATE_NOOP("AuditText", "Suggestion removed")},
    {"suggestion.promote", QT_TRANSLATE_NOOP("AuditText", "Suggestion added to the songs")},
    {"suggestion.unvote", QT_TRANSLATE_NOOP("AuditText", "Vote taken back")},
    {"suggestion.vote", QT_TRANSLATE_NOOP("AuditText", "Voted for a suggestion")},
    {"take.add", QT_TRANSLATE_NOOP("AuditText", "Rehearsal take kept")},
    {"user.change_password", QT_TRANSLATE_NOOP("AuditText", "Password changed")},
    {"user.create", QT_TRANSLATE_NOOP("AuditText", "Account created")},
    {"user.disable", QT_TRANSLATE_NOOP("AuditText", "Account disabled")},
    {"user.enable", QT_TRANSLATE_NOOP("AuditText", "Account enabled")},
    {"user.rename", QT_TRANSLATE_NOOP("AuditText", "Account renamed")},
    {"user.reset_password", QT_TRANSLATE_NOOP("AuditText", "Password reset")},
    {"user.set_role", QT_TRANSLATE_NOOP("AuditText", "Account role changed")},
};

// The fields the details show by a name; others show as logged, underscores as spaces.
constexpr Words kFields[] = {
    {"agenda", QT_TRANSLATE_NOOP("AuditText", "songs")},
    {"answer", QT_TRANSLATE_NOOP("AuditText", "answer")},
    {"artist", QT_TRANSLATE_NOOP("AuditText", "artist")},
    {"attended", QT_TRANSLATE_NOOP("AuditText", "came")},
    {"author_id", QT_TRANSLATE_NOOP("AuditText", "author")},
    {"break_minutes", QT_TRANSLATE_NOOP("AuditText", "break (min)")},
    {"date", QT_TRANSLATE_NOOP("AuditText", "date")},
    {"device", QT_TRANSLATE_NOOP("AuditText", "device")},
    {"display_name", QT_TRANSLATE_NOOP("AuditText", "name")},
    {"duration_min", QT_TRANSLATE_NOOP("AuditText", "duration (min)")},
    {"duration_s", QT_TRANSLATE_NOOP("AuditText", "duration")},
    {"fee_cents", QT_TRANSLATE_NOOP("AuditText", "fee")},
    {"instrument", QT_TRANSLATE_NOOP("AuditText", "instrument")},
    {"key", QT_TRANSLATE_NOOP("AuditText", "key")},
    {"level", QT_TRANSLATE_NOOP("AuditText", "level")},
    {"name", QT_TRANSLATE_NOOP("AuditText", "name")},
    {"nickname", QT_TRANSLATE_NOOP("AuditText", "nickname")},
    {"place", QT_TRANSLATE_NOOP("AuditText", "place")},
    {"position", QT_TRANSLATE_NOOP("AuditText", "position")},
    {"reply_by", QT_TRANSLATE_NOOP("AuditText", "answer by")},
    {"role", QT_TRANSLATE_NOOP("AuditText", "role")},
    {"song_id", QT_TRANSLATE_NOOP("AuditText", "song")},
    {"starts_at", QT_TRANSLATE_NOOP("AuditText", "starts")},
    {"status", QT_TRANSLATE_NOOP("AuditText", "status")},
    {"tempo_bpm", QT_TRANSLATE_NOOP("AuditText", "tempo")},
    {"title", QT_TRANSLATE_NOOP("AuditText", "title")},
    {"user_id", QT_TRANSLATE_NOOP("AuditText", "member")},
    {"username", QT_TRANSLATE_NOOP("AuditText", "user name")},
    {"venue", QT_TRANSLATE_NOOP("AuditText", "venue")},
    {"votes", QT_TRANSLATE_NOOP("AuditText", "votes")},
};

template <std::size_t N> const char* find(const Words (&table)[N], const QString& key) {
    for (const Words& w : table)
        if (key == QLatin1String(w.key))
            return w.text;
    return nullptr;
}

// The reference a field's value makes ("song_id": 6 → "song:6"), or none.
QString referenceOf(const QString& field) {
    if (field == QLatin1String("song_id"))
        return QStringLiteral("song");
    if (field == QLatin1String("user_id") || field == QLatin1String("author_id"))
        return QStringLiteral("user");
    return {};
}

QJsonObject object(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString named(const QString& ref, const QHash<QString, QString>& names) {
    return names.value(ref, ref);
}

QString value(const QString& field, const QJsonValue& v, const QHash<QString, QString>& names) {
    const QString kind = referenceOf(field);
    if (!kind.isEmpty() && v.isDouble())
        return named(kind + QLatin1Char(':') + QString::number(qint64(v.toDouble())), names);
    if (field == QLatin1String("agenda") && v.isArray()) {
        QStringList songs;
        for (const QJsonValue& id : v.toArray())
            songs << named(QStringLiteral("song:%1").arg(qint64(id.toDouble())), names);
        return songs.join(QStringLiteral(", "));
    }
    if (field == QLatin1String("fee_cents") && v.isDouble())
        return QLocale().toString(v.toDouble() / 100.0, 'f', 2);
    if (field == QLatin1String("duration_s") && v.isDouble())
        return formatDuration(int(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? AuditText::tr("yes") : AuditText::tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble());
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isNull() || v.isUndefined() || v.isString())
        return QStringLiteral("–"); // nothing, or an empty text
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

QString fieldName(const QString& field) {
    if (const char* text = find(kFields, field))
        return AuditText::tr(text);
    return QString(field).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QString AuditText::action(const QString& key) {
    const char* text = find(kActions, key);
    return text ? tr(text) : key;
}

QStringList AuditText::references(const store::AuditEntry& entry) {
    QStringList refs = entry.target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& json : {entry.beforeJson, entry.afterJson}) {
        const QJsonObject o = object(json);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString kind = referenceOf(it.key());
            if (!kind.isEmpty() && it.value().isDouble())
                refs << kind + QLatin1Char(':') + QString::number(qint64(it.value().toDouble()));
            if (it.key() == QLatin1String("agenda"))
                for (const QJsonValue& id : it.value().toArray())
                    refs << QStringLiteral("song:%1").arg(qint64(id.toDouble()));
        }
    }
    return refs;
}

QString AuditText::target(const QString& target, const QHash<QString, QString>& names) {
    QStringList parts;
    for (const QString& ref : target.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts << named(ref, names);
    return parts.join(QStringLiteral(" · "));
}

QString AuditText::details(const store::AuditEntry& entry, const QHash<QString, QString>& names) {
    const QJsonObject before = object(entry.beforeJson);
    const QJsonObject after = object(entry.afterJson);
    QStringList said;
    if (!before.isEmpty() && !after.isEmpty()) { // a change: what moved, old → new
        for (auto it = after.begin(); it != after.end(); ++it) {
            const QString was = value(it.key(), before.value(it.key()), names);
            const QString is = value(it.key(), it.value(), names);
            if (!before.contains(it.key()))
                said << tr("%1: %2").arg(fieldName(it.key()), is);
            else if (was != is)
                said << tr("%1: %2 → %3").arg(fieldName(it.key()), was, is);
            else if (!referenceOf(it.key()).isEmpty()) // who or what the change is about
                said << tr("%1: %2").arg(fieldName(it.key()), is);
        }
        return said.join(QStringLiteral(" · "));
    }
    const QJsonObject& only = after.isEmpty() ? before : after;
    for (auto it = only.begin(); it != only.end(); ++it)
        said << tr("%1: %2").arg(fieldName(it.key()), value(it.key(), it.value(), names));
    return said.join(QStringLiteral(" · "));
}

} // namespace oscalis::ui::band
