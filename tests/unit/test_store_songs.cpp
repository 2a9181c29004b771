#include "store/SongRepository.h"
#include "store/SuggestionRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QtTest>

using namespace oscalis::auth;
using namespace oscalis::store;

namespace {
Song song(qint64 band, const QString& title, const QString& artist = {}) {
    Song s;
    s.bandId = band;
    s.title = title;
    s.artist = artist;
    return s;
}
} // namespace

class TestStoreSongs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void songCrud() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SongRepository songs(*rig.db);
        Song draft = song(rig.band, QStringLiteral("Comme un ouragan"), QStringLiteral("Stéphanie"));
        draft.tempoBpm = 120;
        draft.durationS = 215;
        draft.musicalKey = QStringLiteral("Am");
        auto added = songs.add(rig.member, draft);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        auto read = songs.find(added->id);
        QCOMPARE(read->title, draft.title);
        QCOMPARE(read->tempoBpm, std::optional<int>(120));
        QCOMPARE(read->durationS, std::optional<int>(215));
        QCOMPARE(read->artist, QStringLiteral("Stéphanie"));

        Song edited = *read;
        edited.tempoBpm.reset();
        edited.reaperRegion = QStringLiteral("Ouragan");
        QVERIFY(songs.update(rig.member, edited).ok());
        QCOMPARE(songs.find(edited.id)->tempoBpm, std::nullopt);
        QCOMPARE(songs.find(edited.id)->reaperRegion, QStringLiteral("Ouragan"));

        QCOMPARE(songs.add(rig.outsider, draft).error().kind, Error::Kind::Denied);
        QCOMPARE(songs.remove(rig.member, edited.id).error().kind, Error::Kind::Denied);
        QVERIFY(songs.remove(rig.leader, edited.id).ok());
        QCOMPARE(songs.find(edited.id).error().kind, Error::Kind::NotFound);
    }

    void searchIgnoresCaseAndAccentsCaseAndPages() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SongRepository songs(*rig.db);
        const QStringList titles = {QStringLiteral("Éthiopie"), QStringLiteral("Le Sud"), QStringLiteral("Sud Express"),
                                    QStringLiteral("100% d'amour"), QStringLiteral("La Bohème")};
        for (const QString& t : titles) QVERIFY(songs.add(rig.member, song(rig.band, t, QStringLiteral("Divers"))).ok());
        QVERIFY(songs.add(rig.member, song(rig.band, QStringLiteral("Ouragan"), QStringLiteral("Stéphanie de Monaco"))).ok());

        QCOMPARE(songs.search(rig.band, QStringLiteral("sud"))->total, 2);
        QCOMPARE(songs.search(rig.band, QStringLiteral("éTHIOP"))->items.front().title, QStringLiteral("Éthiopie"));
        QCOMPARE(songs.search(rig.band, QStringLiteral("STÉPHANIE"))->total, 1); // artist, non-ASCII case
        QCOMPARE(songs.search(rig.band, QStringLiteral("%"))->total, 1);         // a literal %, not a wildcard
        QCOMPARE(songs.search(rig.band, QStringLiteral("_"))->total, 0);
        auto all = songs.search(rig.band, {}, 0, 4);
        QCOMPARE(all->total, 6);
        QCOMPARE(all->items.size(), std::size_t(4));
        QCOMPARE(all->items.front().title, QStringLiteral("100% d'amour"));
        auto rest = songs.search(rig.band, {}, 4, 4);
        QCOMPARE(rest->items.size(), std::size_t(2));
        // Another band's songs are not found.
        auto other = BandRepository(*rig.db).create(rig.outsider, QStringLiteral("Autre"));
        QCOMPARE(songs.search(other->id, QStringLiteral("sud"))->total, 0);
    }

    void titlesInTheLanguagesOrder() {
        // NOCASE folds ASCII only: "Ça plane pour moi" and "Été indien" used to come after Z.
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SongRepository songs(*rig.db);
        const QStringList titles = {QStringLiteral("Zombie"), QStringLiteral("Été indien"),
                                    QStringLiteral("Ça plane pour moi"), QStringLiteral("banane split"),
                                    QStringLiteral("Abricot"), QStringLiteral("Track 10"), QStringLiteral("Track 2")};
        for (const QString& t : titles) QVERIFY(songs.add(rig.member, song(rig.band, t, {})).ok());
        auto page = songs.search(rig.band, {}, 0, 20);
        QVERIFY(page.ok());
        QStringList listed;
        for (const Song& s : page->items) listed << s.title;
        QCOMPARE(listed, (QStringList{QStringLiteral("Abricot"), QStringLiteral("banane split"),
                                      QStringLiteral("Ça plane pour moi"), QStringLiteral("Été indien"),
                                      QStringLiteral("Track 2"), QStringLiteral("Track 10"), QStringLiteral("Zombie")}));
    }

    void oneVotePerMemberAndTally() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SuggestionRepository sugg(*rig.db);
        Suggestion draft;
        draft.bandId = rig.band;
        draft.title = QStringLiteral("Le Sud");
        draft.artist = QStringLiteral("Nino Ferrer");
        auto a = sugg.suggest(rig.member, draft);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        draft.title = QStringLiteral("La Maladie d'amour");
        auto b = sugg.suggest(rig.leader, draft);
        QVERIFY(b.ok());

        QVERIFY(sugg.vote(rig.member, b->id).ok());
        QVERIFY(sugg.vote(rig.leader, b->id).ok());
        QVERIFY(sugg.vote(rig.leader, a->id).ok());
        auto again = sugg.vote(rig.leader, a->id);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(sugg.vote(rig.outsider, a->id).error().kind, Error::Kind::Denied);
        QCOMPARE(sugg.vote(rig.admin, a->id).error().kind, Error::Kind::Denied); // not in the band

        auto list = sugg.list(rig.band, rig.member.userId);
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->at(0).id, b->id);
        QCOMPARE(list->at(0).votes, 2);
        QVERIFY(list->at(0).votedByViewer);
        QCOMPARE(list->at(1).votes, 1);
        QVERIFY(!list->at(1).votedByViewer);
        QCOMPARE(list->at(1).authorName, QStringLiteral("member"));

        QVERIFY(sugg.unvote(rig.leader, b->id).ok());
        QCOMPARE(sugg.find(b->id)->votes, 1);
        QCOMPARE(sugg.unvote(rig.leader, b->id).error().kind, Error::Kind::Conflict);
    }

    void promoteMakesASongOnce() {
        test::StoreTestRig rig;
        QVERIFY(rig.setUp());
        SuggestionRepository sugg(*rig.db);
        Suggestion draft;
        draft.bandId = rig.band;
        draft.title = QStringLiteral("Le Sud");
        draft.artist = QStringLiteral("Nino Ferrer");
        draft.link = QStringLiteral("https://example.org/le-sud");
        auto s = sugg.suggest(rig.member, draft);
        QVERIFY(s.ok());
        QCOMPARE(sugg.promote(rig.member, s->id).error().kind, Error::Kind::Denied);
        auto promoted = sugg.promote(rig.leader, s->id);
        QVERIFY2(promoted.ok(), qPrintable(promoted.error().message));
        QCOMPARE(promoted->title, QStringLiteral("Le Sud"));
        QCOMPARE(promoted->links, draft.link);
        QCOMPARE(promoted->suggestionId, std::optional<qint64>(s->id));
        QCOMPARE(sugg.find(s->id)->promotedSongId, std::optional<qint64>(promoted->id));
        QCOMPARE(sugg.promote(rig.leader, s->id).error().kind, Error::Kind::Conflict);
        QCOMPARE(rig.count(QStringLiteral("songs")), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreSongs)
#include "test_store_songs.moc"
