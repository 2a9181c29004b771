#include "store/BandRepository.h"
#include "store/EventRepository.h"
#include "store/GigRepository.h"
#include "store/SongRepository.h"
#include "store/SuggestionRepository.h"
#include "store/UserRepository.h"
#include "tests/store/StoreTestRig.h"
#include "web/api/BandApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace oscalis;
using namespace oscalis::store;
using web::ApiReply;
using web::BandApi;

namespace {

/// The store rig plus the API over the same database, and a second band ("Other") led by the
/// rig's outsider, so "a member of another band" is a real person with a real band.
struct ApiRig {
    test::StoreTestRig store;
    std::unique_ptr<BandApi> api;
    qint64 otherBand = 0;

    bool setUp() {
        if (!store.setUp())
            return false;
        api = std::make_unique<BandApi>(*store.db);
        auto other = BandRepository(*store.db).create(store.outsider, QStringLiteral("Other"));
        if (!other.ok())
            return false;
        otherBand = other->id;
        return true;
    }

    qint64 addSong(const QString& title, const QString& artist, std::optional<int> secs = {},
                   qint64 band = 0) {
        Song s;
        s.bandId = band ? band : store.band;
        s.title = title;
        s.artist = artist;
        s.durationS = secs;
        auto added = SongRepository(*store.db).add(band ? store.outsider : store.member, s);
        return added.ok() ? added->id : 0;
    }
};

QJsonObject obj(const ApiReply& r) {
    return r.body.toObject();
}
QJsonArray arr(const ApiReply& r) {
    return r.body.toArray();
}
QString dump(const ApiReply& r) {
    return QString::number(r.status) + QLatin1Char(' ') +
           (r.contentType.isEmpty()
                ? QString::fromUtf8(QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact))
                : QString::fromUtf8(r.raw.left(200)));
}

/// The reply is the given error status and code, naming field (empty: no field).
bool isError(const ApiReply& r, int status, const QString& code, const QString& field = {}) {
    const QJsonObject e = obj(r).value(QStringLiteral("error")).toObject();
    return r.status == status && e.value(QStringLiteral("code")).toString() == code &&
           !e.value(QStringLiteral("message")).toString().isEmpty() &&
           e.value(QStringLiteral("field")).toString() == field;
}

QJsonObject byId(const QJsonArray& list, qint64 id) {
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            return v.toObject();
    return {};
}

QJsonValue body(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestWebBandApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void members() {
        ApiRig rig;
        QVERIFY(rig.setUp());
        BandRepository bands(*rig.store.db);
        QVERIFY(bands
                    .updateMember(rig.store.member, rig.store.band, rig.store.member.userId,
                                  QStringLiteral("Mimi"), QStringLiteral("Bass"))
                    .ok());
        QVERIFY(
            bands.joinByInviteCode(rig.store.admin, bands.find(rig.store.band)->inviteCode).ok());
        QVERIFY(bands.removeMember(rig.store.admin, rig.store.band, rig.store.admin.userId).ok());

        const ApiReply r = rig.api->members(rig.store.member, rig.store.band);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const QJsonArray list = arr(r);
        QCOMPARE(list.size(), 2); // the admin left: not listed
        const QJsonObject me = byId(list, rig.store.member.userId);
        QCOMPARE(me.value(QStringLiteral("displayName")).toString(), QStringLiteral("member"));
        QCOMPARE(me.value(QStringLiteral("nickname")).toString(), QStringLiteral("Mimi"));
        QCOMPARE(me.value(QStringLiteral("instrument")).toString(), QStringLiteral("Bass"));
        QCOMPARE(me.value(QStringLiteral("roleInBand")).toString(), QStringLiteral("member"));
        QCOMPARE(byId(list, rig.store.leader.userId).value(QStringLiteral("roleInBand")).toString(),
                 QStringLiteral("leader"));

        QVERIFY(isError(rig.api->members(rig.store.outsider, rig.store.band), 403,
                        QStringLiteral("forbidden")));
        QVERIFY(isError(rig.api->members(rig.store.member, rig.otherBand), 403,
                        QStringLiteral("forbidden")));
        QVERIFY(
            isError(rig.api->members(rig.store.member, 9999), 403, QStringLiteral("forbidden")));
        // Admins may manage the band from the desktop, but these are the members' own pages.
        QVERIFY(isError(rig.api->members(rig.store.admin, rig.store.band), 403,
                        QStringLiteral("forbidden")));
        QVERIFY(isError(rig.api->members(auth::Actor::anonymous(), rig.store.band), 403,
                        QStringLiteral("forbidden")));
    }

    void songsAndMastery() {
        ApiRig rig;
        QVERIFY(rig.setUp());
        const qint64 route =
            rig.addSong(QStringLiteral("Sur ma route"), QStringLiteral("Black M"), 215);
        const qint64 fete = rig.addSong(QStringLiteral("Ta fête"), QStringLiteral("Stromae"));
        Song edited = *SongRepository(*rig.store.db).find(route);
        edited.musicalKey = QStringLiteral("Am");
        edited.tempoBpm = 96;
        edited.notes = QStringLiteral("Watch the bridge");
        edited.links = QStringLiteral("https://example.org/a\n\nhttps://example.org/b");
        QVERIFY(SongRepository(*rig.store.db).update(rig.store.member, edited).ok());
        rig.addSong(QStringLiteral("Secret"), QStringLiteral("Other band"), 100, rig.otherBand);

        ApiReply r = rig.api->songs(rig.store.member, rig.store.band, {});
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        QCOMPARE(arr(r).size(), 2); // the other band's song is not there
        QJsonObject s = byId(arr(r), route);
        QCOMPARE(s.value(QStringLiteral("title")).toString(), QStringLiteral("Sur ma route"));
        QCOMPARE(s.value(QStringLiteral("artist")).toString(), QStringLiteral("Black M"));
        QCOMPARE(s.value(QStringLiteral("key")).toString(), QStringLiteral("Am"));
        QCOMPARE(s.value(QStringLiteral("tempo")).toInt(), 96);
        QCOMPARE(s.value(QStringLiteral("durationSecs")).toInt(), 215);
        QCOMPARE(s.value(QStringLiteral("notes")).toString(), QStringLiteral("Watch the bridge"));
        QCOMPARE(s.value(QStringLiteral("links")).toArray(),
                 (QJsonArray{QStringLiteral("https://example.org/a"),
                             QStringLiteral("https://example.org/b")}));
        QVERIFY(s.value(QStringLiteral("myMastery")).isNull());
        QVERIFY(s.value(QStringLiteral("bandMastery")).isNull());
        const QJsonObject f = byId(arr(r), fete);
        QVERIFY(f.value(QStringLiteral("tempo")).isNull());
        QVERIFY(f.value(QStringLiteral("durationSecs")).isNull());

        r = rig.api->songs(rig.store.member, rig.store.band, QStringLiteral("FÊTE"));
        QCOMPARE(arr(r).size(), 1);
        QCOMPARE(arr(r).at(0).toObject().value(QStringLiteral("id")).toInteger(), fete);
        QCOMPARE(
            arr(rig.api->songs(rig.store.member, rig.store.band, QStringLiteral("black"))).size(),
            1);
        QCOMPARE(
            arr(rig.api->songs(rig.store.member, rig.store.band, QStringLiteral("zzz"))).size(), 0);

        // My mastery changes, and the band's average follows everybody's.
        r = rig.api->setMastery(rig.store.member, route, body("{\"level\": 7}"));
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        QCOMPARE(obj(r).value(QStringLiteral("id")).toInteger(), route);
        QCOMPARE(obj(r).value(QStringLiteral("myMastery")).toInt(), 7);
        QCOMPARE(obj(r).value(QStringLiteral("bandMastery")).toDouble(), 7.0);
        r = rig.api->setMastery(rig.store.leader, route, body("{\"level\": 4.0}"));
        QCOMPARE(obj(r).value(QStringLiteral("myMastery")).toInt(), 4);
        QCOMPARE(obj(r).value(QStringLiteral("bandMastery")).toDouble(), 5.5);
        s = byId(arr(rig.api->songs(rig.store.member, rig.store.band, {})), route);
        QCOMPARE(s.value(QStringLiteral("myMastery")).toInt(), 7);
        QCOMPARE(s.value(QStringLiteral("bandMastery")).toDouble(), 5.5);
        QVERIFY(byId(arr(rig.api->songs(rig.store.member, rig.store.band, {})), fete)
                    .value(QStringLiteral("myMastery"))
                    .isNull());

        const char* bad[] = {"{\"level\": 11}",    "{\"level\": -1}",   "{\"level\": 7.5}",
                             "{\"level\": \"7\"}", "{\"level\": null}", "{\"mastery\": 7}"};
        for (const char* b : bad) {
            r = rig.api->setMastery(rig.store.member, route, body(b));
            QVERIFY2(isError(r, 400, QStringLiteral("invalid_field"), QStringLiteral("level")), b);
        }
        QVERIFY(isError(rig.api->setMastery(rig.store.member, route, QJsonArray{7}), 400,
                        QStringLiteral("invalid_field")));
        QVERIFY(isError(rig.api->setMastery(rig.store.member, route, QJsonValue()), 400,
                        QStringLiteral("invalid_field")));
        s = byId(arr(rig.api->songs(rig.store.member, rig.store.band, {})), route);
        QCOMPARE(s.value(QStringLiteral("myMastery")).toInt(), 7); // nothing changed

        QVERIFY(isError(rig.api->setMastery(rig.store.member, 9999, body("{\"level\": 3}")), 404,
                        QStringLiteral("not_found")));
        QVERIFY(isError(rig.api->setMastery(rig.store.outsider, route, body("{\"level\": 3}")), 403,
                        QStringLiteral("forbidden")));
        QVERIFY(isError(rig.api->songs(rig.store.outsider, rig.store.band, {}), 403,
                        QStringLiteral("forbidden")));
        QCOMPARE(rig.store.count(QStringLiteral("mastery")), 2);
    }

    void suggestionsAndVotes() {
        ApiRig rig;
        QVERIFY(rig.setUp());
        ApiReply r =
            rig.api->addSuggestion(rig.store.member, rig.store.band,
                                   body("{\"title\": \" Alors on danse \", \"artist\": "
                                        "\"Stromae\", \"link\": \"https://example.org/x\"}"));
        QVERIFY2(r.status == 201, qPrintable(dump(r)));
        const qint64 id = obj(r).value(QStringLiteral("id")).toInteger();
        QCOMPARE(obj(r).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Alors on danse"));
        QCOMPARE(obj(r).value(QStringLiteral("artist")).toString(), QStringLiteral("Stromae"));
        QCOMPARE(obj(r).value(QStringLiteral("link")).toString(),
                 QStringLiteral("https://example.org/x"));
        QCOMPARE(obj(r).value(QStringLiteral("note")).toString(), QString());
        QCOMPARE(obj(r).value(QStringLiteral("authorName")).toString(), QStringLiteral("member"));
        QCOMPARE(obj(r).value(QStringLiteral("votes")).toInt(), 0);
        QCOMPARE(obj(r).value(QStringLiteral("votedByMe")).toBool(), false);
        QVERIFY(obj(r).value(QStringLiteral("promotedSongId")).isNull());

        // Voting toggles the count; the same vote twice counts once.
        r = rig.api->vote(rig.store.member, id, body("{\"vote\": true}"));
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        QCOMPARE(obj(r).value(QStringLiteral("votes")).toInt(), 1);
        QCOMPARE(obj(r).value(QStringLiteral("votedByMe")).toBool(), true);
        r = rig.api->vote(rig.store.member, id, body("{\"vote\": true}"));
        QCOMPARE(obj(r).value(QStringLiteral("votes")).toInt(), 1);
        r = rig.api->vote(rig.store.leader, id, body("{\"vote\": true}"));
        QCOMPARE(obj(r).value(QStringLiteral("votes")).toInt(), 2);
        r = rig.api->vote(rig.store.member, id, body("{\"vote\": false}"));
        QCOMPARE(obj(r).value(QStringLiteral("votes")).toInt(), 1);
        QCOMPARE(obj(r).value(QStringLiteral("votedByMe")).toBool(), false);
        r = rig.api->vote(rig.store.member, id, body("{\"vote\": false}"));
        QCOMPARE(obj(r).value(QStringLiteral("votes")).toInt(), 1);

        const qint64 song = SuggestionRepository(*rig.store.db).promote(rig.store.leader, id)->id;
        r = rig.api->suggestions(rig.store.leader, rig.store.band);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        QCOMPARE(arr(r).size(), 1);
        QCOMPARE(byId(arr(r), id).value(QStringLiteral("votedByMe")).toBool(), true);
        QCOMPARE(byId(arr(r), id).value(QStringLiteral("votes")).toInt(), 1);
        QCOMPARE(byId(arr(r), id).value(QStringLiteral("promotedSongId")).toInteger(), song);
        QCOMPARE(byId(arr(rig.api->suggestions(rig.store.member, rig.store.band)), id)
                     .value(QStringLiteral("votedByMe"))
                     .toBool(),
                 false);

        const struct {
            const char* json;
            const char* field;
        } bad[] = {
            {"{\"artist\": \"x\"}", "title"},
            {"{\"title\": \"   \"}", "title"},
            {"{\"title\": 42}", "title"},
            {"{\"title\": \"x\", \"artist\": 5}", "artist"},
            {"{\"title\": \"x\", \"link\": []}", "link"},
            {"{\"title\": \"x\", \"note\": false}", "note"},
        };
        for (const auto& c : bad)
            QVERIFY2(isError(rig.api->addSuggestion(rig.store.member, rig.store.band, body(c.json)),
                             400, QStringLiteral("invalid_field"), QString::fromLatin1(c.field)),
                     c.json);
        // A length the store refuses is still a plain 400.
        QVERIFY(isError(rig.api->addSuggestion(
                            rig.store.member, rig.store.band,
                            QJsonObject{{QStringLiteral("title"), QString(300, QLatin1Char('a'))}}),
                        400, QStringLiteral("invalid_field")));
        for (const char* b : {"{\"vote\": \"yes\"}", "{\"vote\": 1}", "{}"})
            QVERIFY2(isError(rig.api->vote(rig.store.member, id, body(b)), 400,
                             QStringLiteral("invalid_field"), QStringLiteral("vote")),
                     b);
        QCOMPARE(rig.store.count(QStringLiteral("suggestions")), 1);

        QVERIFY(isError(rig.api->vote(rig.store.member, 9999, body("{\"vote\": true}")), 404,
                        QStringLiteral("not_found")));
        QVERIFY(isError(rig.api->vote(rig.store.outsider, id, body("{\"vote\": true}")), 403,
                        QStringLiteral("forbidden")));
        QVERIFY(isError(rig.api->suggestions(rig.store.outsider, rig.store.band), 403,
                        QStringLiteral("forbidden")));
        QVERIFY(isError(
            rig.api->addSuggestion(rig.store.outsider, rig.store.band, body("{\"title\": \"x\"}")),
            403, QStringLiteral("forbidden")));
        QCOMPARE(rig.store.count(QStringLiteral("suggestions")), 1);
    }

    void eventsAndAnswers() {
        ApiRig rig;
        QVERIFY(rig.setUp());
        const qint64 song = rig.addSong(QStringLiteral("Sur ma route"), QStringLiteral("Black M"));
        EventRepository repo(*rig.store.db);
        Event draft;
        draft.bandId = rig.store.band;
        draft.title = QStringLiteral("Répétition");
        draft.startsAt = QStringLiteral("2031-05-10T20:00");
        draft.durationMin = 150;
        draft.place = QStringLiteral("Studio Bleu");
        draft.agenda = {song};
        const qint64 id = repo.create(rig.store.leader, draft)->id;
        draft.agenda.clear();
        draft.startsAt = QStringLiteral("2031-06-01T10:00"); // the `to` day: excluded
        draft.replyBy = QStringLiteral("2031-05-30");
        const qint64 june = repo.create(rig.store.leader, draft)->id;
        draft.bandId = rig.otherBand;
        draft.replyBy.clear();
        draft.startsAt = QStringLiteral("2031-05-12T20:00");
        QVERIFY(repo.create(rig.store.outsider, draft).ok());

        const QString from = QStringLiteral("2031-05-01"), to = QStringLiteral("2031-06-01");
        ApiReply r = rig.api->events(rig.store.member, rig.store.band, from, to);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        QCOMPARE(arr(r).size(), 1);
        QJsonObject e = arr(r).at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(e.value(QStringLiteral("title")).toString(), QStringLiteral("Répétition"));
        QCOMPARE(e.value(QStringLiteral("startsAt")).toString(),
                 QStringLiteral("2031-05-10T20:00:00"));
        QCOMPARE(e.value(QStringLiteral("durationMin")).toInt(), 150);
        QCOMPARE(e.value(QStringLiteral("place")).toString(), QStringLiteral("Studio Bleu"));
        QVERIFY(e.value(QStringLiteral("replyBy")).isNull());
        QVERIFY(e.value(QStringLiteral("myAnswer")).isNull());
        QCOMPARE(
            e.value(QStringLiteral("agenda")).toArray(),
            (QJsonArray{QJsonObject{{QStringLiteral("songId"), song},
                                    {QStringLiteral("title"), QStringLiteral("Sur ma route")}}}));
        for (const char* n : {"yes", "no", "maybe"})
            QCOMPARE(e.value(QLatin1String(n)).toInt(), 0);
        r = rig.api->events(rig.store.member, rig.store.band, from, QStringLiteral("2031-06-02"));
        QCOMPARE(arr(r).size(), 2);
        QCOMPARE(byId(arr(r), june).value(QStringLiteral("replyBy")).toString(),
                 QStringLiteral("2031-05-30"));

        // Answering changes the counts; a new answer replaces the old one.
        r = rig.api->answer(rig.store.member, id, body("{\"answer\": \"yes\"}"));
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        QCOMPARE(obj(r).value(QStringLiteral("myAnswer")).toString(), QStringLiteral("yes"));
        QCOMPARE(obj(r).value(QStringLiteral("yes")).toInt(), 1);
        r = rig.api->answer(rig.store.member, id, body("{\"answer\": \"no\"}"));
        QCOMPARE(obj(r).value(QStringLiteral("yes")).toInt(), 0);
        QCOMPARE(obj(r).value(QStringLiteral("no")).toInt(), 1);
        r = rig.api->answer(rig.store.leader, id, body("{\"answer\": \"maybe\"}"));
        QCOMPARE(obj(r).value(QStringLiteral("myAnswer")).toString(), QStringLiteral("maybe"));
        e = arr(rig.api->events(rig.store.member, rig.store.band, from, to)).at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("myAnswer")).toString(), QStringLiteral("no"));
        QCOMPARE(e.value(QStringLiteral("yes")).toInt(), 0);
        QCOMPARE(e.value(QStringLiteral("no")).toInt(), 1);
        QCOMPARE(e.value(QStringLiteral("maybe")).toInt(), 1);

        const struct {
            const char* from;
            const char* to;
            const char* field;
        } badDates[] = {
            {"", "2031-06-01", "from"},           {"2031-13-01", "2031-06-01", "from"},
            {"01/05/2031", "2031-06-01", "from"}, {"2031-05-01", "", "to"},
            {"2031-05-01", "2031-02-30", "to"},   {"2031-05-01", "2031-05-01", "to"},
            {"2031-05-01", "2031-04-01", "to"},   {"2031-01-01", "2032-02-06", "to"}, // 401 days
        };
        for (const auto& c : badDates) {
            r = rig.api->events(rig.store.member, rig.store.band, QString::fromLatin1(c.from),
                                QString::fromLatin1(c.to));
            QVERIFY2(isError(r, 400, QStringLiteral("invalid_field"), QString::fromLatin1(c.field)),
                     qPrintable(dump(r)));
        }
        QVERIFY(rig.api
                    ->events(rig.store.member, rig.store.band, QStringLiteral("2031-01-01"),
                             QStringLiteral("2032-02-05")) // 400 days
                    .ok());
        for (const char* b :
             {"{\"answer\": \"perhaps\"}", "{\"answer\": \"YES\"}", "{\"answer\": 1}", "{}"})
            QVERIFY2(isError(rig.api->answer(rig.store.member, id, body(b)), 400,
                             QStringLiteral("invalid_field"), QStringLiteral("answer")),
                     b);
        QCOMPARE(obj(rig.api->answer(rig.store.member, id, body("{\"answer\": \"maybe\"}")))
                     .value(QStringLiteral("maybe"))
                     .toInt(),
                 2);

        QVERIFY(isError(rig.api->answer(rig.store.member, 9999, body("{\"answer\": \"yes\"}")), 404,
                        QStringLiteral("not_found")));
        QVERIFY(isError(rig.api->answer(rig.store.outsider, id, body("{\"answer\": \"yes\"}")), 403,
                        QStringLiteral("forbidden")));
        QVERIFY(isError(rig.api->events(rig.store.outsider, rig.store.band, from, to), 403,
                        QStringLiteral("forbidden")));
    }

    void answersCloseAfterTheReplyByDate() {
        ApiRig rig;
        QVERIFY(rig.setUp());
        Event draft;
        draft.bandId = rig.store.band;
        draft.title = QStringLiteral("Old rehearsal");
        draft.startsAt = QStringLiteral("2020-01-10T20:00");
        draft.replyBy = QStringLiteral("2020-01-05");
        auto made = EventRepository(*rig.store.db).create(rig.store.leader, draft);
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        const ApiReply r =
            rig.api->answer(rig.store.member, made->id, body("{\"answer\": \"yes\"}"));
        QCOMPARE(r.status, 400);
        QVERIFY2(obj(r)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("2020-01-05")),
                 qPrintable(dump(r)));
        QCOMPARE(rig.store.count(QStringLiteral("event_answers")), 0);
    }

    void calendarFeed() {
        ApiRig rig;
        QVERIFY(rig.setUp());
        Event draft;
        draft.bandId = rig.store.band;
        draft.title = QStringLiteral("Répétition générale");
        draft.startsAt = QStringLiteral("2031-05-10T20:00");
        QVERIFY(EventRepository(*rig.store.db).create(rig.store.leader, draft).ok());
        draft.bandId = rig.otherBand;
        draft.title = QStringLiteral("Secret session");
        QVERIFY(EventRepository(*rig.store.db).create(rig.store.outsider, draft).ok());

        const QString base = QStringLiteral("https://studio.local:8443");
        ApiReply r = rig.api->calendarFeed(rig.store.member, rig.store.band, base);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const QString url = obj(r).value(QStringLiteral("url")).toString();
        const QRegularExpression shape(
            QStringLiteral("^https://studio\\.local:8443/calendar/([A-Za-z0-9_-]{43})\\.ics$"));
        const auto m = shape.match(url);
        QVERIFY2(m.hasMatch(), qPrintable(url));
        const QString token = m.captured(1);
        QCOMPARE(obj(rig.api->calendarFeed(rig.store.member, rig.store.band, base))
                     .value(QStringLiteral("url"))
                     .toString(),
                 url);
        QCOMPARE(
            obj(rig.api->calendarFeed(rig.store.member, rig.store.band, base + QLatin1Char('/')))
                .value(QStringLiteral("url"))
                .toString(),
            url);
        const QString leaders = obj(rig.api->calendarFeed(rig.store.leader, rig.store.band, base))
                                    .value(QStringLiteral("url"))
                                    .toString();
        QVERIFY(!leaders.isEmpty() && leaders != url);

        r = rig.api->calendarIcs(token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArrayLiteral("text/calendar; charset=utf-8"));
        QVERIFY(r.raw.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY2(r.raw.contains(QStringLiteral("SUMMARY:Répétition générale\r\n").toUtf8()),
                 r.raw.constData());
        QVERIFY(r.raw.contains("DTSTART:20310510T200000\r\n"));
        QVERIFY(!r.raw.contains("Secret session"));

        QVERIFY(isError(rig.api->calendarIcs(QStringLiteral("nope")), 404,
                        QStringLiteral("not_found")));
        QVERIFY(isError(
            rig.api->calendarIcs(token.left(42) + (token.endsWith(QLatin1Char('A')) ? 'B' : 'A')),
            404, QStringLiteral("not_found")));
        QVERIFY(isError(rig.api->calendarIcs(QString()), 404, QStringLiteral("not_found")));
        QVERIFY(isError(rig.api->calendarFeed(rig.store.outsider, rig.store.band, base), 403,
                        QStringLiteral("forbidden")));
        QVERIFY(isError(rig.api->calendarFeed(rig.store.admin, rig.store.band, base), 403,
                        QStringLiteral("forbidden")));
    }

    void disabledUserLosesFeedAndPages() {
        ApiRig rig;
        QVERIFY(rig.setUp());
        const QString url = obj(rig.api->calendarFeed(rig.store.member, rig.store.band,
                                                      QStringLiteral("https://h")))
                                .value(QStringLiteral("url"))
                                .toString();
        const QString token = url.section(QLatin1Char('/'), -1).chopped(4);
        QCOMPARE(rig.api->calendarIcs(token).status, 200);
        UserRepository users(*rig.store.db);
        QVERIFY(users.setDisabled(rig.store.admin, rig.store.member.userId, true).ok());
        QVERIFY(isError(rig.api->calendarIcs(token), 404, QStringLiteral("not_found")));
        QVERIFY(isError(rig.api->songs(rig.store.member, rig.store.band, {}), 403,
                        QStringLiteral("forbidden")));
        QVERIFY(users.setDisabled(rig.store.admin, rig.store.member.userId, false).ok());
        QCOMPARE(rig.api->calendarIcs(token).status, 200);
    }

    void memberWhoLeftIsOut() {
        ApiRig rig;
        QVERIFY(rig.setUp());
        const qint64 song = rig.addSong(QStringLiteral("Sur ma route"), QStringLiteral("Black M"));
        const QString url = obj(rig.api->calendarFeed(rig.store.member, rig.store.band,
                                                      QStringLiteral("https://h")))
                                .value(QStringLiteral("url"))
                                .toString();
        const QString token = url.section(QLatin1Char('/'), -1).chopped(4);
        QCOMPARE(rig.api->calendarIcs(token).status, 200);
        QVERIFY(BandRepository(*rig.store.db)
                    .removeMember(rig.store.member, rig.store.band, rig.store.member.userId)
                    .ok());

        const QString forbidden = QStringLiteral("forbidden");
        QVERIFY(isError(rig.api->calendarIcs(token), 404, QStringLiteral("not_found")));
        QVERIFY(isError(rig.api->members(rig.store.member, rig.store.band), 403, forbidden));
        QVERIFY(isError(rig.api->songs(rig.store.member, rig.store.band, {}), 403, forbidden));
        QVERIFY(isError(rig.api->setMastery(rig.store.member, song, body("{\"level\": 3}")), 403,
                        forbidden));
        QVERIFY(isError(rig.api->suggestions(rig.store.member, rig.store.band), 403, forbidden));
        QVERIFY(isError(rig.api->events(rig.store.member, rig.store.band,
                                        QStringLiteral("2031-01-01"), QStringLiteral("2031-02-01")),
                        403, forbidden));
        QVERIFY(isError(
            rig.api->calendarFeed(rig.store.member, rig.store.band, QStringLiteral("https://h")),
            403, forbidden));
        QVERIFY(isError(rig.api->gigs(rig.store.member, rig.store.band), 403, forbidden));
    }

    void gigsNextFirstWithSetlists() {
        ApiRig rig;
        QVERIFY(rig.setUp());
        const qint64 known =
            rig.addSong(QStringLiteral("Sur ma route"), QStringLiteral("Black M"), 180);
        const qint64 unknown = rig.addSong(QStringLiteral("Ta fête"), QStringLiteral("Stromae"));
        GigRepository repo(*rig.store.db);
        const QDate today = QDate::currentDate();
        auto gigOn = [&](int days, const QString& name, qint64 band = 0) {
            Gig g;
            g.bandId = band ? band : rig.store.band;
            g.name = name;
            g.date = today.addDays(days).toString(Qt::ISODate);
            g.venue = QStringLiteral("Le Bateau");
            auto made = repo.create(band ? rig.store.outsider : rig.store.leader, g);
            return made.ok() ? made->id : 0;
        };
        const qint64 longAgo = gigOn(-30, QStringLiteral("Long ago"));
        const qint64 soon = gigOn(10, QStringLiteral("Soon"));
        const qint64 later = gigOn(40, QStringLiteral("Later"));
        const qint64 lastWeek = gigOn(-5, QStringLiteral("Last week"));
        const qint64 tonight = gigOn(0, QStringLiteral("Tonight"));
        const qint64 secret = gigOn(3, QStringLiteral("Secret"), rig.otherBand);
        QVERIFY(longAgo && soon && later && lastWeek && tonight && secret);
        QVERIFY(repo.insertSong(rig.store.leader, soon, known).ok());
        QVERIFY(repo.insertBreak(rig.store.leader, soon, 10, std::nullopt, QStringLiteral("Drinks"))
                    .ok());
        QVERIFY(
            repo.insertSong(rig.store.leader, soon, unknown, std::nullopt, QStringLiteral("Encore"))
                .ok());

        ApiReply r = rig.api->gigs(rig.store.member, rig.store.band);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        QList<qint64> order;
        for (const QJsonValue& v : arr(r))
            order << v.toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(order, (QList<qint64>{tonight, soon, later, lastWeek, longAgo}));
        QJsonObject g = byId(arr(r), soon);
        QCOMPARE(g.value(QStringLiteral("title")).toString(), QStringLiteral("Soon"));
        QCOMPARE(g.value(QStringLiteral("date")).toString(),
                 today.addDays(10).toString(Qt::ISODate));
        QCOMPARE(g.value(QStringLiteral("venue")).toString(), QStringLiteral("Le Bateau"));
        QCOMPARE(g.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
        QCOMPARE(g.value(QStringLiteral("totalSecs")).toInt(), 180 + 10 * 60);
        QCOMPARE(g.value(QStringLiteral("unknownDurations")).toInt(), 1);
        QCOMPARE(byId(arr(r), later).value(QStringLiteral("totalSecs")).toInt(), 0);

        r = rig.api->gig(rig.store.member, soon);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        g = obj(r);
        QCOMPARE(g.value(QStringLiteral("title")).toString(), QStringLiteral("Soon"));
        QCOMPARE(g.value(QStringLiteral("totalSecs")).toInt(), 780);
        const QJsonArray items = g.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QJsonObject i = items.at(0).toObject();
        QCOMPARE(i.value(QStringLiteral("position")).toInt(), 1);
        QCOMPARE(i.value(QStringLiteral("songId")).toInteger(), known);
        QCOMPARE(i.value(QStringLiteral("title")).toString(), QStringLiteral("Sur ma route"));
        QCOMPARE(i.value(QStringLiteral("durationSecs")).toInt(), 180);
        QVERIFY(i.value(QStringLiteral("breakMinutes")).isNull());
        i = items.at(1).toObject();
        QCOMPARE(i.value(QStringLiteral("position")).toInt(), 2);
        QVERIFY(i.value(QStringLiteral("songId")).isNull());
        QVERIFY(i.value(QStringLiteral("title")).isNull());
        QCOMPARE(i.value(QStringLiteral("breakMinutes")).toInt(), 10);
        QCOMPARE(i.value(QStringLiteral("durationSecs")).toInt(), 600);
        QCOMPARE(i.value(QStringLiteral("note")).toString(), QStringLiteral("Drinks"));
        i = items.at(2).toObject();
        QCOMPARE(i.value(QStringLiteral("position")).toInt(), 3);
        QCOMPARE(i.value(QStringLiteral("title")).toString(), QStringLiteral("Ta fête"));
        QVERIFY(i.value(QStringLiteral("durationSecs")).isNull());
        QCOMPARE(i.value(QStringLiteral("note")).toString(), QStringLiteral("Encore"));

        QVERIFY(isError(rig.api->gig(rig.store.member, 9999), 404, QStringLiteral("not_found")));
        QVERIFY(isError(rig.api->gig(rig.store.member, secret), 403, QStringLiteral("forbidden")));
        QVERIFY(isError(rig.api->gig(rig.store.outsider, soon), 403, QStringLiteral("forbidden")));
        QVERIFY(isError(rig.api->gigs(rig.store.outsider, rig.store.band), 403,
                        QStringLiteral("forbidden")));
    }
};

QTEST_GUILESS_MAIN(TestWebBandApi)
#include "test_web_band_api.moc"
