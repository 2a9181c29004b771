#include "reaper/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace oscalis::reaper {

namespace {

/// Thrown inside this file only, to leave the nested readers with a message.
struct Invalid {
    QString message;
};

[[noreturn]] void fail(const QString& message) {
    throw Invalid{message};
}

QJsonObject document(const QByteArray& text, const QString& format) {
    if (text.trimmed().isEmpty())
        fail(QStringLiteral("the file is empty"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(QStringLiteral("it is not complete JSON (%1 at byte %2)")
                 .arg(parseError.errorString())
                 .arg(parseError.offset));
    if (!doc.isObject() || doc.object().value(QLatin1String("format")).toString() != format)
        fail(QStringLiteral("it is not an Oscalis %1 file")
                 .arg(format.section(QLatin1Char('-'), 1)));
    return doc.object();
}

int integer(const QJsonObject& o, const char* key, int min, int max, const QString& where) {
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble(-1e300);
    // The range first: converting a double out of qint64's range is undefined behaviour.
    if (!v.isDouble() || d < min || d > max || d != double(qint64(d)))
        fail(QStringLiteral("%1: \"%2\" should be a whole number from %3 to %4")
                 .arg(where, QLatin1String(key))
                 .arg(min)
                 .arg(max));
    return int(d);
}

double number(const QJsonObject& o, const char* key, const QString& where) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        fail(QStringLiteral("%1: \"%2\" should be a number").arg(where, QLatin1String(key)));
    return v.toDouble();
}

QString string(const QJsonObject& o, const char* key, const QString& where, bool nullable) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (nullable && (v.isNull() || v.isUndefined()))
        return {};
    fail(QStringLiteral("%1: \"%2\" should be text").arg(where, QLatin1String(key)));
}

QString colour(const QJsonObject& o, const QString& where) {
    const QJsonValue v = o.value(QLatin1String("colour"));
    if (v.isNull() || v.isUndefined())
        return {};
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!v.isString() || !hex.match(v.toString()).hasMatch())
        fail(QStringLiteral("%1: \"colour\" should be #rrggbb or null").arg(where));
    return v.toString().toLower();
}

QJsonArray array(const QJsonObject& o, const char* key, const QString& where, bool optional) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (optional && v.isUndefined())
        return {};
    if (!v.isArray())
        fail(QStringLiteral("%1: \"%2\" should be a list").arg(where, QLatin1String(key)));
    return v.toArray();
}

QJsonObject object(const QJsonValue& v, const QString& where) {
    if (!v.isObject())
        fail(QStringLiteral("%1 should be an object").arg(where));
    return v.toObject();
}

ProjectTrack track(const QJsonValue& value, int number) {
    const QString where = QStringLiteral("track %1").arg(number);
    const QJsonObject o = object(value, where);
    if (integer(o, "index", 1, ProjectFile::kMaxTracks, where) != number)
        fail(QStringLiteral("%1: its \"index\" says otherwise").arg(where));
    ProjectTrack t;
    t.number = number;
    t.name = string(o, "name", where, false);
    t.colour = colour(o, where);
    t.folderDepth = o.contains(QLatin1String("folderDepth"))
                        ? integer(o, "folderDepth", 0, ProjectFile::kMaxTracks, where)
                        : 0;
    t.isFolder = o.value(QLatin1String("isFolder")).toBool();
    for (const QJsonValue& fx : array(o, "fx", where, true)) {
        if (!fx.isString())
            fail(QStringLiteral("%1: \"fx\" should list names").arg(where));
        t.fx << fx.toString();
    }
    t.instrument = string(o, "instrument", where, true);
    const QJsonValue input = o.value(QLatin1String("input"));
    if (input.isObject())
        t.input = string(input.toObject(), "text", where + QStringLiteral(" input"), true);
    else if (!input.isUndefined() && !input.isNull())
        fail(QStringLiteral("%1: \"input\" should be an object").arg(where));
    return t;
}

std::vector<ProjectMarker> markers(const QJsonObject& root, const char* key, bool regions) {
    std::vector<ProjectMarker> out;
    const QJsonArray list = array(root, key, QStringLiteral("the file"), true);
    if (list.size() > ProjectFile::kMaxMarkers)
        fail(QStringLiteral("too many %1").arg(QLatin1String(key)));
    for (const QJsonValue& value : list) {
        const QString where =
            QStringLiteral("%1 %2")
                .arg(regions ? QStringLiteral("region") : QStringLiteral("marker"))
                .arg(out.size() + 1);
        const QJsonObject o = object(value, where);
        ProjectMarker m;
        m.index = int(out.size()) + 1;
        m.number = integer(o, "number", 0, 1 << 30, where);
        m.name = string(o, "name", where, false);
        m.position = number(o, "position", where);
        if (regions)
            m.end = number(o, "end", where);
        m.colour = colour(o, where);
        out.push_back(m);
    }
    return out;
}

QDateTime when(const QJsonObject& o, const char* key, const QString& where) {
    const QDateTime t = QDateTime::fromString(string(o, key, where, false), Qt::ISODate);
    if (!t.isValid())
        fail(QStringLiteral("%1: \"%2\" should be an ISO date").arg(where, QLatin1String(key)));
    return t;
}

RecordedFile recordedFile(const QJsonValue& value, const QString& where) {
    const QJsonObject o = object(value, where);
    RecordedFile f;
    f.path = string(o, "path", where, false);
    if (f.path.isEmpty())
        fail(QStringLiteral("%1: \"path\" is empty").arg(where));
    f.track = integer(o, "track", 0, ProjectFile::kMaxTracks, where);
    f.trackName = string(o, "trackName", where, true);
    f.start = number(o, "start", where);
    f.end = number(o, "end", where);
    return f;
}

} // namespace

std::optional<ProjectSnapshot> ProjectFile::parseProject(const QByteArray& text, QString* error) {
    try {
        const QJsonObject root = document(text, QStringLiteral("oscalis-project"));
        const QString where = QStringLiteral("the file");
        ProjectSnapshot p;
        p.scriptVersion = integer(root, "scriptVersion", 1, 1 << 20, where);
        p.projectName = string(root, "project", where, true);
        p.trackCount = integer(root, "trackCount", 0, kMaxTracks, where);
        const QJsonArray tracks = array(root, "tracks", where, false);
        if (tracks.size() != p.trackCount)
            fail(QStringLiteral("it lists %1 tracks but says there are %2")
                     .arg(tracks.size())
                     .arg(p.trackCount));
        p.tracks.reserve(std::size_t(tracks.size()));
        for (int i = 0; i < tracks.size(); ++i)
            p.tracks.push_back(track(tracks.at(i), i + 1));
        p.markers = markers(root, "markers", false);
        p.regions = markers(root, "regions", true);
        return p;
    } catch (const Invalid& invalid) {
        if (error)
            *error = invalid.message;
        return std::nullopt;
    }
}

std::optional<std::vector<ProjectEvent>> ProjectFile::parseEvents(const QByteArray& text,
                                                                  QString* error) {
    try {
        const QJsonObject root = document(text, QStringLiteral("oscalis-events"));
        std::vector<ProjectEvent> out;
        for (const QJsonValue& value : array(root, "events", QStringLiteral("the file"), false)) {
            const QString where = QStringLiteral("event %1").arg(out.size() + 1);
            const QJsonObject o = object(value, where);
            ProjectEvent e;
            e.when = when(o, "time", where);
            e.kind = string(o, "kind", where, false);
            e.track = integer(o, "track", 1, kMaxTracks, where);
            e.trackName = string(o, "trackName", where, true);
            e.from = string(o, "from", where, true);
            e.to = string(o, "to", where, true);
            out.push_back(e);
        }
        return out;
    } catch (const Invalid& invalid) {
        if (error)
            *error = invalid.message;
        return std::nullopt;
    }
}

std::optional<std::vector<ProjectRecording>> ProjectFile::parseRecordings(const QByteArray& text,
                                                                          QString* error) {
    try {
        const QJsonObject root = document(text, QStringLiteral("oscalis-events"));
        std::vector<ProjectRecording> out;
        for (const QJsonValue& value :
             array(root, "recordings", QStringLiteral("the file"), true)) {
            const QString where = QStringLiteral("recording %1").arg(out.size() + 1);
            const QJsonObject o = object(value, where);
            ProjectRecording r;
            r.started = when(o, "started", where);
            r.stopped = when(o, "stopped", where);
            r.start = number(o, "start", where);
            r.end = number(o, "end", where);
            if (r.start < 0 || r.end < r.start)
                fail(QStringLiteral("%1: \"start\" and \"end\" are out of order").arg(where));
            r.project = string(o, "project", where, true);
            for (const QJsonValue& file : array(o, "files", where, false))
                r.files.push_back(recordedFile(
                    file, QStringLiteral("%1, file %2").arg(where).arg(r.files.size() + 1)));
            out.push_back(std::move(r));
        }
        return out;
    } catch (const Invalid& invalid) {
        if (error)
            *error = invalid.message;
        return std::nullopt;
    }
}

} // namespace oscalis::reaper
