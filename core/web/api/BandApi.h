#pragma once

#include "auth/Actor.h"
#include "store/Database.h"
#include "web/api/ApiReply.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace oscalis::web {

/// The band-data routes of docs/API.md ("Band data"), as plain calls: who asks (the session's
/// actor), the path parameters, and the parsed JSON body; the answer is an ApiReply. No networking:
/// the server parses HTTP, finds the actor, and calls these on the web worker thread.
///
/// Owner: the web worker thread, with its own store::Database. Every call checks that the actor is
/// an active member of the band concerned (403 otherwise) before reading or writing anything.
class BandApi {
public:
    explicit BandApi(store::Database& db);

    ApiReply members(const auth::Actor& actor, qint64 bandId);
    /// query: the `?q=` filter (may be empty).
    ApiReply songs(const auth::Actor& actor, qint64 bandId, const QString& query);
    ApiReply setMastery(const auth::Actor& actor, qint64 songId, const QJsonValue& body);
    ApiReply suggestions(const auth::Actor& actor, qint64 bandId);
    ApiReply addSuggestion(const auth::Actor& actor, qint64 bandId, const QJsonValue& body);
    ApiReply vote(const auth::Actor& actor, qint64 suggestionId, const QJsonValue& body);
    /// from/to: local dates, to excluded; invalid dates are a 400.
    ApiReply events(const auth::Actor& actor, qint64 bandId, const QString& from, const QString& to);
    ApiReply answer(const auth::Actor& actor, qint64 eventId, const QJsonValue& body);
    /// baseUrl: how the caller reached the server ("https://studio.local:8443"), for the feed's address.
    ApiReply calendarFeed(const auth::Actor& actor, qint64 bandId, const QString& baseUrl);
    /// `GET /calendar/{token}.ics`: no actor, the token is the credential.
    ApiReply calendarIcs(const QString& token);
    ApiReply gigs(const auth::Actor& actor, qint64 bandId);
    ApiReply gig(const auth::Actor& actor, qint64 gigId);

private:
    /// Nothing when the actor has an enabled account and is an active member of the band;
    /// otherwise the reply to send (403 forbidden, or 500 when the database fails). Being an
    /// admin or a moderator is not enough: these are the band members' own pages.
    std::optional<ApiReply> refuseUnlessMember(const auth::Actor& actor, qint64 bandId);

    store::Database& m_db;
};

} // namespace oscalis::web
