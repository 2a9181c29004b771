// The web server's route table lookup: literal and parameter segments, suffixes, 404 vs 405.
#include "web/Router.h"
#include "web/Routes.h"

#include <QtTest>

using namespace oscalis::web;

class TestWebRouter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsRoutesAndTheirParameters() {
        const Router router(Routes::table());
        Router::Match m = router.match("GET", QStringLiteral("/api/bands/12/songs"));
        QCOMPARE(m.result, Router::Match::Result::Found);
        QCOMPARE(m.route->heading(), QStringLiteral("GET /api/bands/{bandId}/songs"));
        QCOMPARE(m.params.value(QStringLiteral("bandId")), QStringLiteral("12"));

        m = router.match("GET", QStringLiteral("/calendar/abcDEF123.ics"));
        QCOMPARE(m.result, Router::Match::Result::Found);
        QCOMPARE(m.params.value(QStringLiteral("token")), QStringLiteral("abcDEF123"));
        QCOMPARE(router.match("GET", QStringLiteral("/calendar/.ics")).result,
                 Router::Match::Result::NotFound);
        QCOMPARE(router.match("GET", QStringLiteral("/calendar/abc.txt")).result,
                 Router::Match::Result::NotFound);

        QCOMPARE(router.match("GET", QStringLiteral("/")).route->kind, RouteSpec::Kind::Static);
        QCOMPARE(router.match("GET", QStringLiteral("/ws")).route->kind, RouteSpec::Kind::Upgrade);
        QCOMPARE(router.match("GET", QStringLiteral("/api/me/")).result,
                 Router::Match::Result::NotFound);
        QCOMPARE(router.match("GET", QStringLiteral("/api/bands/1/songs/2")).result,
                 Router::Match::Result::NotFound);
    }

    void tellsAWrongMethodFromAMissingPath() {
        const Router router(Routes::table());
        Router::Match m = router.match("DELETE", QStringLiteral("/api/bands/3/suggestions"));
        QCOMPARE(m.result, Router::Match::Result::WrongMethod);
        QCOMPARE(m.allowed, QByteArrayList({"GET", "POST"}));
        QCOMPARE(router.match("POST", QStringLiteral("/api/nothing")).result,
                 Router::Match::Result::NotFound);
        m = router.match("POST", QStringLiteral("/api/bands/3/suggestions"));
        QCOMPARE(m.route->access, RouteSpec::Access::BandMember);
    }

    void everyApiRouteHasAHandlerAndNoPatternRepeats() {
        const std::vector<RouteSpec> table = Routes::table();
        QSet<QString> seen;
        for (const RouteSpec& r : table) {
            QVERIFY2(!seen.contains(r.heading()), qPrintable(r.heading()));
            seen.insert(r.heading());
            QCOMPARE(bool(r.handler), r.kind == RouteSpec::Kind::Api);
            // Only sign-in, registration and the calendar feed (token in the address) are open.
            if (r.kind == RouteSpec::Kind::Api && r.access == RouteSpec::Access::Public)
                QVERIFY2(r.pattern == QLatin1String("/api/login") ||
                             r.pattern == QLatin1String("/api/register") ||
                             r.pattern.startsWith(QLatin1String("/calendar/")),
                         qPrintable(r.heading()));
            if (r.pattern.contains(QLatin1String("{bandId}")))
                QCOMPARE(r.access, RouteSpec::Access::BandMember);
        }
    }
};

QTEST_GUILESS_MAIN(TestWebRouter)
#include "test_web_router.moc"
