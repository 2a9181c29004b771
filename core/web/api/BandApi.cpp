#include "web/api/BandApi.h"

// Placeholder until the band-data routes land: every call answers 501 in plain words.
namespace oscalis::web {

namespace {
ApiReply notYet() {
    return ApiReply::error(501, QStringLiteral("not_implemented"), QStringLiteral("This part of the band pages is not built yet."));
}
} // namespace

BandApi::BandApi(store::Database& db) : m_db(db) {}
ApiReply BandApi::members(const auth::Actor&, qint64) { return notYet(); }
ApiReply BandApi::songs(const auth::Actor&, qint64, const QString&) { return notYet(); }
ApiReply BandApi::setMastery(const auth::Actor&, qint64, const QJsonValue&) { return notYet(); }
ApiReply BandApi::suggestions(const auth::Actor&, qint64) { return notYet(); }
ApiReply BandApi::addSuggestion(const auth::Actor&, qint64, const QJsonValue&) { return notYet(); }
ApiReply BandApi::vote(const auth::Actor&, qint64, const QJsonValue&) { return notYet(); }
ApiReply BandApi::events(const auth::Actor&, qint64, const QString&, const QString&) { return notYet(); }
ApiReply BandApi::answer(const auth::Actor&, qint64, const QJsonValue&) { return notYet(); }
ApiReply BandApi::calendarFeed(const auth::Actor&, qint64, const QString&) { return notYet(); }
ApiReply BandApi::calendarIcs(const QString&) { return notYet(); }
ApiReply BandApi::gigs(const auth::Actor&, qint64) { return notYet(); }
ApiReply BandApi::gig(const auth::Actor&, qint64) { return notYet(); }

} // namespace oscalis::web
