#include "GuideSeed.h"

#include "auth/AccountService.h"
#include "chat/ChatService.h"
#include "store/BandRepository.h"
#include "store/EventRepository.h"
#include "store/GigRepository.h"
#include "store/RehearsalRepository.h"
#include "store/SettingsRepository.h"
#include "store/SongRepository.h"
#include "store/SuggestionRepository.h"

#include <QDate>

#include <array>
#include <vector>

namespace oscalis::guide {

namespace {

/// One text in the guide's two languages.
struct Words {
    const char* en;
    const char* fr;
    QString in(bool french) const { return QString::fromUtf8(french ? fr : en); }
};

struct Person {
    const char* username;
    const char* name;
    Words instrument;
};

const std::array<Person, 4> kPeople = {{
    {"alice", "Alice", {"Bass", "Basse"}},
    {"bob", "Bob", {"Guitar", "Guitare"}},
    {"carol", "Carol", {"Drums", "Batterie"}},
    {"dan", "Dan", {"Vocals", "Chant"}},
}};

struct SongSeed {
    const char* title;
    const char* artist;
    const char* key;
    int tempo;
    int seconds;
    const char* region;        ///< one of the simulator's regions, or empty
    std::array<int, 4> levels; ///< mastery of Alice, Bob, Carol, Dan
};

const std::array<SongSeed, 6> kSongs = {{
    {"Comme un ouragan", "Stéphanie", "Am", 120, 215, "Opening song", {9, 8, 10, 7}},
    {"Le Sud", "Nino Ferrer", "D", 92, 270, "Ballad", {7, 9, 6, 8}},
    {"Seven Nation Army", "The White Stripes", "Em", 124, 232, "Cover", {10, 10, 9, 9}},
    {"Harvest Moon", "Neil Young", "D", 112, 303, "New one", {4, 6, 3, 5}},
    {"La Javanaise", "Serge Gainsbourg", "Gm", 84, 196, "", {6, 5, 7, 2}},
    {"Dreams", "Fleetwood Mac", "Am", 120, 257, "", {3, 2, 4, 6}},
}};

/// Remembers the first failure, so the seed can say exactly which step went wrong.
class Steps {
public:
    template <typename R> bool ok(const R& result, const char* what) {
        if (!m_failed && !result.ok()) {
            m_failed = true;
            m_status = store::Error{
                result.error().kind,
                QStringLiteral("%1: %2").arg(QString::fromUtf8(what), result.error().message)};
        }
        return !m_failed;
    }
    store::Status status() const { return m_status; }

private:
    bool m_failed = false;
    store::Status m_status;
};

QString day(int fromToday) {
    return QDate::currentDate().addDays(fromToday).toString(Qt::ISODate);
}

} // namespace

store::Result<QString> GuideSeed::write(store::Database& db, const QString& language) {
    const bool fr = language.startsWith(QLatin1String("fr"));
    const QString password = QString::fromLatin1(kPassword);
    Steps steps;
    auth::AccountService accounts(db);
    auto admin = accounts.createFirstAdmin(QString::fromUtf8(kPeople[0].username),
                                           QString::fromUtf8(kPeople[0].name), password);
    if (!steps.ok(admin, "the first administrator"))
        return steps.status().error();
    const auth::Actor alice{admin->id, auth::GlobalRole::Admin};

    store::BandRepository bands(db);
    auto band =
        bands.create(alice, fr ? QStringLiteral("Les Goélands") : QStringLiteral("The Gulls"));
    if (!steps.ok(band, "the band"))
        return steps.status().error();
    const qint64 bandId = band->id;

    std::vector<auth::Actor> people{alice};
    for (std::size_t i = 1; i < kPeople.size(); ++i) {
        auto user =
            accounts.registerUser(QString::fromUtf8(kPeople[i].username),
                                  QString::fromUtf8(kPeople[i].name), password, band->inviteCode);
        if (!steps.ok(user, "a bandmate"))
            return steps.status().error();
        people.push_back({user->id, auth::GlobalRole::Member});
    }
    for (std::size_t i = 0; i < kPeople.size(); ++i)
        steps.ok(
            bands.updateMember(alice, bandId, people[i].userId, {}, kPeople[i].instrument.in(fr)),
            "an instrument");
    steps.ok(bands.setMemberRole(alice, bandId, people[1].userId, auth::BandRole::Leader),
             "Bob as a leader");

    store::SettingsRepository settingsRepo(db);
    if (auto settings = settingsRepo.get(bandId); steps.ok(settings, "the band's settings")) {
        settings->remoteAccess = store::BandSettings::RemoteAccess::Members;
        steps.ok(settingsRepo.update(alice, *settings), "the remote for members");
    }

    store::SongRepository songRepo(db);
    store::RehearsalRepository rehearsals(db);
    std::vector<qint64> songs;
    for (const SongSeed& seed : kSongs) {
        store::Song draft;
        draft.bandId = bandId;
        draft.title = QString::fromUtf8(seed.title);
        draft.artist = QString::fromUtf8(seed.artist);
        draft.musicalKey = QString::fromUtf8(seed.key);
        draft.tempoBpm = seed.tempo;
        draft.durationS = seed.seconds;
        draft.reaperRegion = QString::fromUtf8(seed.region);
        auto song = songRepo.add(alice, draft);
        if (!steps.ok(song, "a song"))
            return steps.status().error();
        songs.push_back(song->id);
        for (std::size_t p = 0; p < people.size(); ++p)
            steps.ok(rehearsals.setMastery(people[p], song->id, people[p].userId, seed.levels[p]),
                     "a mastery level");
    }
    steps.ok(rehearsals.addNote(people[2], songs[3],
                                fr ? QStringLiteral("Le pont est encore flou : on le reprend "
                                                    "lentement, à 90.")
                                   : QStringLiteral("The bridge is still shaky: let's take it "
                                                    "slowly, at 90.")),
             "a rehearsal note");
    steps.ok(rehearsals.addNote(people[1], songs[3],
                                fr ? QStringLiteral("J'ai trouvé le bon capo : 2e case.")
                                   : QStringLiteral("Found the right capo: 2nd fret.")),
             "a rehearsal note");

    store::SuggestionRepository suggestions(db);
    const struct {
        const char* title;
        const char* artist;
        Words note;
        std::size_t author;
        int votes;
    } kSuggestions[] = {
        {"Dancing in the Moonlight",
         "Toploader",
         {"Easy one to end the set", "Facile, pour finir le set"},
         3,
         4},
        {"Tainted Love", "Soft Cell", {"With a bass synth?", "Avec une basse synthé ?"}, 1, 2},
        {"Les Champs-Élysées", "Joe Dassin", {"For the wedding gig", "Pour le mariage"}, 2, 1},
    };
    for (const auto& s : kSuggestions) {
        store::Suggestion draft;
        draft.bandId = bandId;
        draft.title = QString::fromUtf8(s.title);
        draft.artist = QString::fromUtf8(s.artist);
        draft.note = s.note.in(fr);
        auto made = suggestions.suggest(people[s.author], draft);
        if (!steps.ok(made, "a suggestion"))
            return steps.status().error();
        // Dan votes first, Alice (the desktop user) last: she voted for the top one only.
        for (int v = 0; v < s.votes; ++v)
            steps.ok(suggestions.vote(people[people.size() - 1 - std::size_t(v)], made->id),
                     "a vote");
    }

    store::EventRepository events(db);
    const struct {
        int inDays;
        const char* time;
        Words title;
        std::vector<qint64> agenda;
        std::array<int, 4> answers; ///< per person: 0 yes, 1 no, 2 maybe, -1 none
    } kRehearsals[] = {
        {2, "20:00:00", {"Rehearsal", "Répétition"}, {songs[3], songs[4], songs[5]}, {0, 0, 2, 1}},
        {9,
         "19:30:00",
         {"Rehearsal before the gig", "Répétition avant le concert"},
         {songs[0], songs[1], songs[2]},
         {0, -1, 0, -1}},
    };
    for (const auto& r : kRehearsals) {
        store::Event draft;
        draft.bandId = bandId;
        draft.title = r.title.in(fr);
        draft.startsAt = day(r.inDays) + QLatin1Char('T') + QLatin1String(r.time);
        draft.durationMin = 150;
        draft.place = QStringLiteral("Studio B");
        draft.replyBy = day(r.inDays);
        draft.agenda = r.agenda;
        auto event = events.create(alice, draft);
        if (!steps.ok(event, "a rehearsal"))
            return steps.status().error();
        constexpr store::EventAnswer kAnswers[] = {store::EventAnswer::Yes, store::EventAnswer::No,
                                                   store::EventAnswer::Maybe};
        for (std::size_t p = 0; p < people.size(); ++p)
            if (r.answers[p] >= 0)
                steps.ok(events.answer(people[p], event->id, kAnswers[r.answers[p]]), "an answer");
    }

    store::GigRepository gigs(db);
    store::Gig party;
    party.bandId = bandId;
    party.name =
        fr ? QStringLiteral("Soirée de sortie du disque") : QStringLiteral("Release party");
    party.date = day(16);
    party.venue = QStringLiteral("Le Petit Bain");
    party.status = store::Gig::Status::Confirmed;
    auto gig = gigs.create(alice, party);
    if (!steps.ok(gig, "a gig"))
        return steps.status().error();
    for (const std::size_t i : {2u, 0u, 1u})
        steps.ok(gigs.insertSong(alice, gig->id, songs[i]), "a setlist song");
    steps.ok(gigs.insertBreak(alice, gig->id, 15), "a setlist break");
    for (const std::size_t i : {4u, 3u})
        steps.ok(gigs.insertSong(alice, gig->id, songs[i]), "a setlist song");
    store::Gig wedding;
    wedding.bandId = bandId;
    wedding.name =
        fr ? QStringLiteral("Mariage de Julie et Sam") : QStringLiteral("Julie and Sam's wedding");
    wedding.date = day(45);
    wedding.venue = fr ? QStringLiteral("Salle des fêtes") : QStringLiteral("Village hall");
    steps.ok(gigs.create(alice, wedding), "a second gig");

    chat::ChatService chat(db);
    auto rooms = chat.rooms(alice, bandId);
    if (!steps.ok(rooms, "the chat rooms"))
        return steps.status().error();
    qint64 general = 0;
    for (const chat::Room& room : rooms.value())
        if (room.kind == QLatin1String("room") && room.name == QLatin1String("general"))
            general = room.id;
    const struct {
        std::size_t who;
        Words text;
    } kMessages[] = {
        {1,
         {"Who's bringing the spare snare stand on Thursday?",
          "Qui apporte le pied de caisse claire de rechange jeudi ?"}},
        {2, {"Me, it's in the van already.", "Moi, il est déjà dans le camion."}},
        {3,
         {"@alice can we try Harvest Moon a tone lower?",
          "@alice on peut essayer Harvest Moon un ton plus bas ?"}},
        {0,
         {"Sure, I'll put it first on the agenda.",
          "Bien sûr, je la mets en premier dans l'ordre du jour."}},
        {1,
         {"The setlist for the release party is ready: have a look!",
          "La setlist de la soirée de sortie est prête : jetez un œil !"}},
    };
    int n = 0;
    for (const auto& m : kMessages)
        steps.ok(
            chat.post(people[m.who], general, m.text.in(fr), QStringLiteral("guide-%1").arg(++n)),
            "a chat message");
    if (auto direct = chat.directRoom(people[1], bandId, alice.userId);
        steps.ok(direct, "a direct conversation"))
        steps.ok(chat.post(people[1], direct->id,
                           fr ? QStringLiteral("Je peux passer au studio samedi pour les prises ?")
                              : QStringLiteral("Can I come to the studio on Saturday to record?"),
                           QStringLiteral("guide-direct")),
                 "a direct message");
    if (!steps.status().ok())
        return steps.status().error();
    return band->inviteCode;
}

} // namespace oscalis::guide
