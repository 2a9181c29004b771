#pragma once

#include "reaper/LinkSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace oscalis::reaper {

/// Copies what REAPER needs from Oscalis (built in as Qt resources) into a REAPER resource
/// folder: OSC/Oscalis.ReaperOSC and Scripts/Oscalis/oscalis.lua + oscalis_json.lua. Creates
/// folders as needed and never overwrites silently: a file is replaced only when it is an older
/// Oscalis version; anything else is left alone and reported. Any thread (plain file I/O).
class ReaperInstaller {
    Q_DECLARE_TR_FUNCTIONS(ReaperInstaller)
public:
    enum class Outcome {
        Installed,      ///< there was no file: copied
        Updated,        ///< an older Oscalis version: replaced
        AlreadyCurrent, ///< the same file is already there
        KeptNewer,      ///< a newer Oscalis version is there: left alone
        KeptOther,      ///< a file Oscalis did not write (or edited by hand): left alone
        Failed,         ///< could not write; see message
    };
    struct FileReport {
        QString target; ///< absolute path
        Outcome outcome;
        QString message; ///< one line in plain words
    };
    struct Report {
        std::vector<FileReport> files;
        /// True unless a file failed or was kept in the way of the one Oscalis needs.
        bool ok() const;
        QStringList lines() const;
    };
    struct Item {
        QString resource; ///< ":/reaper_script/..." (or any readable path, for tests)
        QString target;   ///< relative to the resource folder
    };

    explicit ReaperInstaller(QString resourceFolder);

    /// The three files Oscalis installs.
    static std::vector<Item> defaultItems();
    /// Installs `items` (by default the three files) and says what happened to each.
    Report install(const std::vector<Item>& items = defaultItems()) const;
    /// What is left to do inside REAPER, one step per entry, in plain words.
    static QStringList remainingSteps(const LinkSettings& link);
    /// The "Oscalis-File-Version: N" a file carries, or -1 when it has none.
    static int fileVersion(const QByteArray& contents);

private:
    FileReport installOne(const Item& item) const;

    QString m_folder;
};

} // namespace oscalis::reaper
