#include "web/Routes.h"

#include "web/AccountRoutes.h"
#include "web/BandRoutes.h"

namespace oscalis::web {

std::vector<RouteSpec> Routes::table() {
    using K = RouteSpec::Kind;
    using A = RouteSpec::Access;
    using L = RouteSpec::Lane;
    return {
        // Static files and the WebSocket, answered on the network thread.
        {"GET", QStringLiteral("/"), K::Static, A::Public, L::Data, {}},
        {"GET", QStringLiteral("/ws"), K::Upgrade, A::Session, L::Data, {}},
        // Accounts.
        {"POST", QStringLiteral("/api/login"), K::Api, A::Public, L::Hashing,
         &AccountRoutes::login},
        {"POST", QStringLiteral("/api/logout"), K::Api, A::Session, L::Data,
         &AccountRoutes::logout},
        {"POST", QStringLiteral("/api/register"), K::Api, A::Public, L::Hashing,
         &AccountRoutes::registerUser},
        {"GET", QStringLiteral("/api/me"), K::Api, A::Session, L::Data, &AccountRoutes::me},
        {"GET", QStringLiteral("/api/sessions"), K::Api, A::Session, L::Data,
         &AccountRoutes::sessions},
        {"DELETE", QStringLiteral("/api/sessions/{id}"), K::Api, A::Session, L::Data,
         &AccountRoutes::endSession},
        // Band data.
        {"GET", QStringLiteral("/api/bands/{bandId}/members"), K::Api, A::BandMember, L::Data,
         &BandRoutes::members},
        {"GET", QStringLiteral("/api/bands/{bandId}/songs"), K::Api, A::BandMember, L::Data,
         &BandRoutes::songs},
        {"PUT", QStringLiteral("/api/songs/{songId}/mastery"), K::Api, A::Session, L::Data,
         &BandRoutes::setMastery},
        {"GET", QStringLiteral("/api/bands/{bandId}/suggestions"), K::Api, A::BandMember, L::Data,
         &BandRoutes::suggestions},
        {"POST", QStringLiteral("/api/bands/{bandId}/suggestions"), K::Api, A::BandMember, L::Data,
         &BandRoutes::addSuggestion},
        {"PUT", QStringLiteral("/api/suggestions/{suggestionId}/vote"), K::Api, A::Session, L::Data,
         &BandRoutes::vote},
        {"GET", QStringLiteral("/api/bands/{bandId}/events"), K::Api, A::BandMember, L::Data,
         &BandRoutes::events},
        {"PUT", QStringLiteral("/api/events/{eventId}/answer"), K::Api, A::Session, L::Data,
         &BandRoutes::answer},
        {"GET", QStringLiteral("/api/bands/{bandId}/calendar-feed"), K::Api, A::BandMember, L::Data,
         &BandRoutes::calendarFeed},
        {"GET", QStringLiteral("/calendar/{token}.ics"), K::Api, A::Public, L::Data,
         &BandRoutes::calendarIcs},
        {"GET", QStringLiteral("/api/bands/{bandId}/gigs"), K::Api, A::BandMember, L::Data,
         &BandRoutes::gigs},
        {"GET", QStringLiteral("/api/gigs/{gigId}"), K::Api, A::Session, L::Data, &BandRoutes::gig},
    };
}

} // namespace oscalis::web
