#include "reaper/ReaperInstaller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace oscalis::reaper {

namespace {
QByteArray readFile(const QString& path, bool* ok) {
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll() : QByteArray();
}
} // namespace

ReaperInstaller::ReaperInstaller(QString resourceFolder)
    : m_folder(QDir::cleanPath(std::move(resourceFolder))) {}

std::vector<ReaperInstaller::Item> ReaperInstaller::defaultItems() {
    return {
        {QStringLiteral(":/reaper_script/Oscalis.ReaperOSC"),
         QStringLiteral("OSC/Oscalis.ReaperOSC")},
        {QStringLiteral(":/reaper_script/oscalis.lua"),
         QStringLiteral("Scripts/Oscalis/oscalis.lua")},
        {QStringLiteral(":/reaper_script/oscalis_json.lua"),
         QStringLiteral("Scripts/Oscalis/oscalis_json.lua")},
    };
}

int ReaperInstaller::fileVersion(const QByteArray& contents) {
    static const QRegularExpression version(QStringLiteral("Oscalis-File-Version:\\s*(\\d+)"));
    const auto match = version.match(QString::fromUtf8(contents.left(4096)));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

ReaperInstaller::Report ReaperInstaller::install(const std::vector<Item>& items) const {
    Report report;
    for (const Item& item : items)
        report.files.push_back(installOne(item));
    return report;
}

ReaperInstaller::FileReport ReaperInstaller::installOne(const Item& item) const {
    const QString target = m_folder + QLatin1Char('/') + item.target;
    const QString shown = QDir::toNativeSeparators(target);
    bool ok = false;
    const QByteArray ours = readFile(item.resource, &ok);
    if (!ok)
        return {target, Outcome::Failed,
                tr("%1: Oscalis's own copy is missing (%2)").arg(shown, item.resource)};
    const int ourVersion = fileVersion(ours);

    Outcome outcome = Outcome::Installed;
    if (QFileInfo::exists(target)) {
        const QByteArray theirs = readFile(target, &ok);
        if (!ok)
            return {target, Outcome::Failed,
                    tr("%1: cannot read the file already there").arg(shown)};
        const int theirVersion = fileVersion(theirs);
        if (theirs == ours)
            return {target, Outcome::AlreadyCurrent, tr("%1: already up to date").arg(shown)};
        if (theirVersion < 0)
            return {target, Outcome::KeptOther,
                    tr("%1: left alone, it was not written by Oscalis. Move it away and install "
                       "again to replace it.")
                        .arg(shown)};
        if (theirVersion > ourVersion)
            return {target, Outcome::KeptNewer,
                    tr("%1: left alone, it is a newer version (%2) than this Oscalis carries (%3)")
                        .arg(shown)
                        .arg(theirVersion)
                        .arg(ourVersion)};
        if (theirVersion == ourVersion)
            return {target, Outcome::KeptOther,
                    tr("%1: left alone, it was changed by hand. Move it away and install again "
                       "to replace it.")
                        .arg(shown)};
        outcome = Outcome::Updated;
    }

    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return {target, Outcome::Failed, tr("%1: cannot create its folder").arg(shown)};
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(ours) != ours.size() || !out.commit())
        return {target, Outcome::Failed,
                tr("%1: cannot write it (%2)").arg(shown, out.errorString())};
    return {target, outcome,
            outcome == Outcome::Updated ? tr("%1: updated to version %2").arg(shown).arg(ourVersion)
                                        : tr("%1: installed").arg(shown)};
}

bool ReaperInstaller::Report::ok() const {
    for (const FileReport& f : files)
        if (f.outcome == Outcome::Failed || f.outcome == Outcome::KeptOther)
            return false;
    return !files.empty();
}

QStringList ReaperInstaller::Report::lines() const {
    QStringList out;
    for (const FileReport& f : files)
        out << f.message;
    return out;
}

QStringList ReaperInstaller::remainingSteps(const LinkSettings& link) {
    return {
        tr("In REAPER, open Options → Preferences → Control/OSC/web, click Add and choose "
           "\"OSC (Open Sound Control)\"."),
        tr("Set Pattern config to \"Oscalis\" and Mode to \"Local port\". Set the local listen "
           "port to %1 (where Oscalis sends). For \"Configure device IP + local port\", use device "
           "port %2 (where Oscalis listens). Press OK twice.")
            .arg(link.reaperPort)
            .arg(link.listenPort ? QString::number(link.listenPort) : QStringLiteral("9000")),
        tr("Open Actions → Show action list, click New action… → Load ReaScript…, choose "
           "Scripts/Oscalis/oscalis.lua, then select it and click Run. It keeps working in the "
           "background; Oscalis shows the track colours once it runs."),
        tr("Optional, so it starts with REAPER: add the script to the SWS extension's startup "
           "actions (Extensions → Startup actions), or add this line to Scripts/__startup.lua: "
           "dofile(reaper.GetResourcePath() .. \"/Scripts/Oscalis/oscalis.lua\")"),
    };
}

} // namespace oscalis::reaper
