#include "store/SongCsvImport.h"

#include "auth/Action.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/Csv.h"
#include "store/SongRepository.h"
#include "store/StoreText.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <map>

namespace oscalis::store {

namespace {

enum class Column { Title, Artist, Key, Tempo, Duration, Notes };
const std::map<QString, Column> kColumns = {
    {QStringLiteral("title"), Column::Title},       {QStringLiteral("artist"), Column::Artist},
    {QStringLiteral("key"), Column::Key},           {QStringLiteral("tempo"), Column::Tempo},
    {QStringLiteral("duration"), Column::Duration}, {QStringLiteral("notes"), Column::Notes},
};

QString lineError(int line, const QString& what) { return StoreText::tr("Line %1: %2").arg(line).arg(what); }

/// "The title cannot be empty." → "the title cannot be empty."
QString lowerFirst(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toLower();
    return s;
}

} // namespace

std::optional<int> SongCsvImport::parseDuration(const QString& text) {
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,4}):([0-5]\\d)$"));
    static const QRegularExpression seconds(QStringLiteral("^\\d{1,5}$"));
    const QString t = text.trimmed();
    if (const auto m = clock.match(t); m.hasMatch()) return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    if (seconds.match(t).hasMatch()) return t.toInt();
    return std::nullopt;
}

Result<SongImportReport> SongCsvImport::runFile(const auth::Actor& actor, qint64 bandId, const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error::notFound(StoreText::tr("The file %1 could not be read: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
    if (in.size() > kMaxBytes)
        return Error::invalid(StoreText::tr("The file is too large to be a song list (more than 5 MiB)."));
    return run(actor, bandId, in.readAll());
}

Result<SongImportPreview> SongCsvImport::preview(qint64 bandId, const QByteArray& csv) {
    if (csv.size() > kMaxBytes) return Error::invalid(StoreText::tr("The file is too large to be a song list (more than 5 MiB)."));
    const QString text = Csv::decode(csv);
    const auto records = Csv::parse(text, Csv::detectSeparator(text));
    if (records.empty()) return Error::invalid(StoreText::tr("The file is empty."));

    std::map<Column, int> where;
    const QStringList header = records.front().fields;
    for (int i = 0; i < header.size(); ++i)
        if (auto c = kColumns.find(header[i].trimmed().toLower()); c != kColumns.end()) where.emplace(c->second, i);
    if (!where.count(Column::Title))
        return Error::invalid(StoreText::tr("The first line must name the columns, with at least “title” "
                                             "(for example: title,artist,key,tempo,duration,notes)."));

    SongImportPreview plan;
    SongImportReport& report = plan.report;
    std::vector<Song>& songs = plan.songs;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const Csv::Record& rec = records[r];
        if (rec.error.isEmpty() && rec.fields.size() == 1 && rec.fields.front().trimmed().isEmpty()) continue; // blank line
        auto refuse = [&](const QString& why) {
            report.errors.push_back({rec.line, lineError(rec.line, why)});
            ++report.rejected;
        };
        if (!rec.error.isEmpty()) { refuse(rec.error); continue; }
        if (rec.fields.size() > header.size()) {
            refuse(StoreText::tr("it has %1 fields but the header has %2 (is a comma missing its quotes?).")
                       .arg(rec.fields.size()).arg(header.size()));
            continue;
        }
        auto value = [&](Column c) { return where.count(c) ? rec.fields.value(where.at(c)).trimmed() : QString(); };
        Song s;
        s.bandId = bandId;
        s.title = value(Column::Title);
        s.artist = value(Column::Artist);
        s.musicalKey = value(Column::Key);
        s.notes = value(Column::Notes);
        if (const QString tempo = value(Column::Tempo); !tempo.isEmpty()) {
            bool ok = false;
            const int bpm = tempo.toInt(&ok);
            if (!ok) { refuse(StoreText::tr("the tempo “%1” is not a whole number of beats per minute.").arg(tempo.left(40))); continue; }
            s.tempoBpm = bpm;
        }
        if (const QString duration = value(Column::Duration); !duration.isEmpty()) {
            s.durationS = parseDuration(duration);
            if (!s.durationS) { refuse(StoreText::tr("the duration “%1” is not like 3:25 or 205 (seconds).").arg(duration.left(40))); continue; }
        }
        if (Status v = SongRepository::validate(s); !v.ok()) { refuse(lowerFirst(v.error().message)); continue; }
        if (static_cast<int>(songs.size()) >= kMaxSongs) { refuse(StoreText::tr("more than %1 songs in one file.").arg(kMaxSongs)); continue; }
        songs.push_back(std::move(s));
        plan.lines.push_back(rec.line);
    }
    return plan;
}

Result<SongImportReport> SongCsvImport::run(const auth::Actor& actor, qint64 bandId, const QByteArray& csv) {
    auto plan = preview(bandId, csv);
    if (!plan.ok()) return plan.error();
    const std::vector<Song>& songs = plan->songs;
    SongImportReport report = plan->report;
    Status done = m_db.transaction([&]() -> Status {
        if (Status p = AccessCheck::require(m_db, actor, auth::Action::AddSong, bandId); !p.ok()) return p;
        SongRepository repertoire(m_db);
        for (const Song& s : songs)
            if (auto added = repertoire.add(actor, s); !added.ok()) return added.error();
        return AuditRepository::append(m_db, actor, bandId, QStringLiteral("song.import"), QStringLiteral("band:%1").arg(bandId), {},
                                       {{QStringLiteral("imported"), static_cast<int>(songs.size())},
                                        {QStringLiteral("rejected"), report.rejected}});
    });
    if (!done.ok()) return done.error();
    report.imported = static_cast<int>(songs.size());
    return report;
}

} // namespace oscalis::store
