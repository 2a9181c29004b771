// oscalis_e2e_seed: the band the browser end-to-end suite (tests/e2e) starts from, written through
// the same repositories the desktop uses:
//   - "alice", the first administrator, with a real password (she is the desktop user);
//   - her band, with its invite code, where members may use the browser remote;
//   - three songs, a rehearsal in two days with two of them on the agenda, and a gig in three
//     weeks with a setlist (two songs, a break, a song).
// Usage: oscalis_e2e_seed <database file> <alice's password>
// Prints, as JSON on standard output, what the suite needs: the invite code, the band, the
// rehearsal, the gig and the songs. A database that already has accounts is refused.

#include "auth/AccountService.h"
#include "store/BandRepository.h"
#include "store/EventRepository.h"
#include "store/GigRepository.h"
#include "store/Migrations.h"
#include "store/SettingsRepository.h"
#include "store/SongRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace oscalis;

namespace {

/// Says what failed and why, in the repositories' own words.
int failed(const QString& what, const store::Error& error) {
    std::fprintf(stderr, "oscalis_e2e_seed: %s: %s\n", qPrintable(what), qPrintable(error.message));
    return 1;
}

struct SongSeed {
    const char* title;
    const char* artist;
    const char* key;
    int tempo;
    int durationS;
};

const SongSeed kSongs[] = {
    {"Comme un ouragan", "Stéphanie", "Am", 120, 215},
    {"Le Sud", "Nino Ferrer", "D", 92, 270},
    {"Seven Nation Army", "The White Stripes", "Em", 124, 232},
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || args.at(2).isEmpty()) {
        std::fprintf(stderr, "usage: oscalis_e2e_seed <database file> <alice's password>\n");
        return 2;
    }
    auto opened = store::Migrations::openLatest(args.at(1));
    if (!opened.ok())
        return failed(QStringLiteral("cannot open the database"), opened.error());
    store::Database& db = *opened.value();

    auth::AccountService accounts(db);
    auto alice =
        accounts.createFirstAdmin(QStringLiteral("alice"), QStringLiteral("Alice"), args.at(2));
    if (!alice.ok())
        return failed(QStringLiteral("cannot create alice"), alice.error());
    const auth::Actor actor{alice->id, auth::GlobalRole::Admin};

    store::BandRepository bands(db);
    auto band = bands.create(actor, QStringLiteral("The Gulls"));
    if (!band.ok())
        return failed(QStringLiteral("cannot create the band"), band.error());

    store::SettingsRepository settingsRepo(db);
    auto settings = settingsRepo.get(band->id);
    if (!settings.ok())
        return failed(QStringLiteral("cannot read the band's settings"), settings.error());
    settings->remoteAccess = store::BandSettings::RemoteAccess::Members;
    if (auto saved = settingsRepo.update(actor, *settings); !saved.ok())
        return failed(QStringLiteral("cannot open the remote to members"), saved.error());

    store::SongRepository songRepo(db);
    std::vector<store::Song> songs;
    QJsonArray songsJson;
    for (const SongSeed& seed : kSongs) {
        store::Song draft;
        draft.bandId = band->id;
        draft.title = QString::fromUtf8(seed.title);
        draft.artist = QString::fromUtf8(seed.artist);
        draft.musicalKey = QString::fromUtf8(seed.key);
        draft.tempoBpm = seed.tempo;
        draft.durationS = seed.durationS;
        auto song = songRepo.add(actor, draft);
        if (!song.ok())
            return failed(QStringLiteral("cannot add a song"), song.error());
        songsJson.append(QJsonObject{{QStringLiteral("id"), song->id},
                                     {QStringLiteral("title"), song->title},
                                     {QStringLiteral("artist"), song->artist}});
        songs.push_back(*song);
    }

    const QDate rehearsalDay = QDate::currentDate().addDays(2);
    store::Event rehearsalDraft;
    rehearsalDraft.bandId = band->id;
    rehearsalDraft.title = QStringLiteral("Rehearsal");
    rehearsalDraft.startsAt = rehearsalDay.toString(Qt::ISODate) + QStringLiteral("T20:00:00");
    rehearsalDraft.durationMin = 150;
    rehearsalDraft.place = QStringLiteral("Studio B");
    rehearsalDraft.replyBy = rehearsalDay.toString(Qt::ISODate);
    rehearsalDraft.agenda = {songs.at(0).id, songs.at(1).id};
    store::EventRepository events(db);
    auto rehearsal = events.create(actor, rehearsalDraft);
    if (!rehearsal.ok())
        return failed(QStringLiteral("cannot plan the rehearsal"), rehearsal.error());

    store::Gig gigDraft;
    gigDraft.bandId = band->id;
    gigDraft.name = QStringLiteral("Release party");
    gigDraft.date = QDate::currentDate().addDays(21).toString(Qt::ISODate);
    gigDraft.venue = QStringLiteral("Le Petit Bain");
    gigDraft.status = store::Gig::Status::Confirmed;
    store::GigRepository gigs(db);
    auto gig = gigs.create(actor, gigDraft);
    if (!gig.ok())
        return failed(QStringLiteral("cannot plan the gig"), gig.error());
    for (const auto& step :
         {gigs.insertSong(actor, gig->id, songs.at(2).id),
          gigs.insertSong(actor, gig->id, songs.at(0).id), gigs.insertBreak(actor, gig->id, 15),
          gigs.insertSong(actor, gig->id, songs.at(1).id)}) {
        if (!step.ok())
            return failed(QStringLiteral("cannot write the setlist"), step.error());
    }

    const QJsonObject out{
        {QStringLiteral("alice"), QJsonObject{{QStringLiteral("username"), alice->username},
                                              {QStringLiteral("displayName"), alice->displayName}}},
        {QStringLiteral("band"),
         QJsonObject{{QStringLiteral("id"), band->id}, {QStringLiteral("name"), band->name}}},
        {QStringLiteral("inviteCode"), band->inviteCode},
        {QStringLiteral("songs"), songsJson},
        {QStringLiteral("rehearsal"), QJsonObject{{QStringLiteral("id"), rehearsal->id},
                                                  {QStringLiteral("title"), rehearsal->title},
                                                  {QStringLiteral("startsAt"), rehearsal->startsAt},
                                                  {QStringLiteral("place"), rehearsal->place}}},
        {QStringLiteral("gig"), QJsonObject{{QStringLiteral("id"), gig->id},
                                            {QStringLiteral("title"), gig->name},
                                            {QStringLiteral("date"), gig->date},
                                            {QStringLiteral("venue"), gig->venue}}},
    };
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
