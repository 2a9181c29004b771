#include "reaper/sim/SimProjectFile.h"

#include "reaper/ProjectTypes.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace oscalis::reaper::sim {

namespace {
struct Family {
    const char* word;
    const char* colour;
    const char* fx;
};
// Matched against the demo's track names; the first family whose word appears wins.
constexpr Family kFamilies[] = {
    {"Kick", "#d94f3d", "VST: ReaEQ (Cockos)"},
    {"Snare", "#d94f3d", "VST: ReaComp (Cockos)"},
    {"Hi-hat", "#d94f3d", "VST: ReaEQ (Cockos)"},
    {"Toms", "#d94f3d", "VST: ReaGate (Cockos)"},
    {"Overheads", "#e07b39", "VST: ReaEQ (Cockos)"},
    {"Room", "#e07b39", "VST: ReaVerbate (Cockos)"},
    {"Bass", "#3d7dd9", "VST: ReaComp (Cockos)"},
    {"Guitar", "#4caf50", "VST: ReaAmp (Cockos)"},
    {"Keys", "#9c5fd9", "VSTi: ReaSynth (Cockos)"},
    {"Synth", "#9c5fd9", "VSTi: ReaSynth (Cockos)"},
    {"vox", "#e0c23d", "VST: ReaComp (Cockos)"},
    {"FX", "#5fb8c9", "VST: ReaDelay (Cockos)"},
};

const Family* familyOf(const QString& name) {
    for (const Family& f : kFamilies)
        if (name.contains(QLatin1String(f.word), Qt::CaseInsensitive))
            return &f;
    return nullptr;
}
} // namespace

QString SimProjectFile::colourFor(const SimProject& project, int number) {
    if (number < 1 || number > int(project.tracks.size()))
        return {};
    const Family* f = familyOf(project.tracks[std::size_t(number) - 1].name);
    return f ? QString::fromLatin1(f->colour) : QString();
}

QByteArray SimProjectFile::projectJson(const SimProject& project) {
    QJsonArray tracks;
    for (int i = 0; i < int(project.tracks.size()); ++i) {
        const SimTrack& t = project.tracks[std::size_t(i)];
        const Family* f = familyOf(t.name);
        QJsonArray fx;
        if (f)
            fx.append(QLatin1String(f->fx));
        const bool instrument = f && QLatin1String(f->fx).startsWith(QLatin1String("VSTi"));
        const QString colour = colourFor(project, i + 1);
        tracks.append(QJsonObject{
            {QStringLiteral("index"), i + 1},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("colour"), colour.isEmpty() ? QJsonValue() : QJsonValue(colour)},
            {QStringLiteral("folderDepth"), 0},
            {QStringLiteral("isFolder"), false},
            {QStringLiteral("fx"), fx},
            {QStringLiteral("instrument"),
             instrument ? QJsonValue(QLatin1String(f->fx)) : QJsonValue()},
            {QStringLiteral("input"),
             QJsonObject{{QStringLiteral("raw"), instrument ? 4096 + (63 << 5) : i},
                         {QStringLiteral("kind"), instrument ? "midi" : "mono"},
                         {QStringLiteral("text"),
                          instrument ? QStringLiteral("MIDI: all devices, all channels")
                                     : QStringLiteral("Mono in %1").arg(i + 1)}}},
        });
    }
    auto list = [](const std::vector<SimMarker>& items, bool regions) {
        QJsonArray out;
        for (int i = 0; i < int(items.size()); ++i) {
            const SimMarker& m = items[std::size_t(i)];
            QJsonObject o{{QStringLiteral("index"), i + 1},
                          {QStringLiteral("number"), i + 1},
                          {QStringLiteral("name"), m.name},
                          {QStringLiteral("position"), m.time},
                          {QStringLiteral("colour"), QJsonValue()}};
            if (regions) {
                o.insert(QStringLiteral("end"), m.time + m.length);
                o.insert(QStringLiteral("length"), m.length);
            }
            out.append(o);
        }
        return out;
    };
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("oscalis-project")},
        {QStringLiteral("scriptVersion"), kExpectedScriptVersion},
        {QStringLiteral("project"), QStringLiteral("Oscalis demo.RPP")},
        {QStringLiteral("trackCount"), int(project.tracks.size())},
        {QStringLiteral("tracks"), tracks},
        {QStringLiteral("markers"), list(project.markers, false)},
        {QStringLiteral("regions"), list(project.regions, true)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool SimProjectFile::write(const SimProject& project, const QString& folder) {
    if (!QDir().mkpath(folder))
        return false;
    QSaveFile file(folder + QStringLiteral("/project.json"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(projectJson(project));
    return file.commit();
}

} // namespace oscalis::reaper::sim
