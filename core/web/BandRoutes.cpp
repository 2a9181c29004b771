#include "web/BandRoutes.h"

#include "web/WorkerServices.h"

#include <QUrl>

namespace oscalis::web {

namespace {
const QString kBandId = QStringLiteral("bandId");

QString queryValue(const ApiCall& call, const char* name) {
    return call.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}
} // namespace

ApiOutcome BandRoutes::members(WorkerServices& s, const ApiCall& c) {
    return s.bands().members(c.actor, c.id(kBandId));
}
ApiOutcome BandRoutes::songs(WorkerServices& s, const ApiCall& c) {
    return s.bands().songs(c.actor, c.id(kBandId), queryValue(c, "q"));
}
ApiOutcome BandRoutes::setMastery(WorkerServices& s, const ApiCall& c) {
    return s.bands().setMastery(c.actor, c.id(QStringLiteral("songId")), c.body);
}
ApiOutcome BandRoutes::suggestions(WorkerServices& s, const ApiCall& c) {
    return s.bands().suggestions(c.actor, c.id(kBandId));
}
ApiOutcome BandRoutes::addSuggestion(WorkerServices& s, const ApiCall& c) {
    return s.bands().addSuggestion(c.actor, c.id(kBandId), c.body);
}
ApiOutcome BandRoutes::vote(WorkerServices& s, const ApiCall& c) {
    return s.bands().vote(c.actor, c.id(QStringLiteral("suggestionId")), c.body);
}
ApiOutcome BandRoutes::events(WorkerServices& s, const ApiCall& c) {
    return s.bands().events(c.actor, c.id(kBandId), queryValue(c, "from"), queryValue(c, "to"));
}
ApiOutcome BandRoutes::answer(WorkerServices& s, const ApiCall& c) {
    return s.bands().answer(c.actor, c.id(QStringLiteral("eventId")), c.body);
}
ApiOutcome BandRoutes::calendarFeed(WorkerServices& s, const ApiCall& c) {
    return s.bands().calendarFeed(c.actor, c.id(kBandId), c.baseUrl);
}
ApiOutcome BandRoutes::calendarIcs(WorkerServices& s, const ApiCall& c) {
    return s.bands().calendarIcs(c.params.value(QStringLiteral("token")));
}
ApiOutcome BandRoutes::gigs(WorkerServices& s, const ApiCall& c) {
    return s.bands().gigs(c.actor, c.id(kBandId));
}
ApiOutcome BandRoutes::gig(WorkerServices& s, const ApiCall& c) {
    return s.bands().gig(c.actor, c.id(QStringLiteral("gigId")));
}

} // namespace oscalis::web
