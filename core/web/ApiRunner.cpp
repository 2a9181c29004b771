#include "web/ApiRunner.h"

#include "store/AccessCheck.h"
#include "web/SessionGate.h"
#include "web/WorkerServices.h"

namespace oscalis::web {

ApiReply ApiRunner::notSignedIn() {
    return ApiReply::error(401, QStringLiteral("not_signed_in"),
                           tr("Please sign in (your session has ended or was never opened)."));
}

ApiOutcome ApiRunner::run(WorkerServices& services, const RouteSpec& route, ApiCall call) {
    if (!services.ready())
        return ApiReply::error(503, QStringLiteral("busy"), services.problem());
    if (route.access != RouteSpec::Access::Public) {
        if (call.sessionToken.isEmpty())
            return notSignedIn();
        auto signedIn = SessionGate::resolve(services, call.sessionToken);
        if (!signedIn.ok()) {
            if (signedIn.error().kind == store::Error::Kind::NotFound ||
                signedIn.error().kind == store::Error::Kind::Denied)
                return notSignedIn();
            return ApiReply::fromError(signedIn.error());
        }
        call.actor = signedIn->actor;
        call.user = signedIn->user;
        call.sessionId = signedIn->session.id;
    }
    if (route.access == RouteSpec::Access::BandMember) {
        const qint64 bandId = call.id(QStringLiteral("bandId"));
        auto role = bandId ? store::AccessCheck::bandRole(services.db(), call.actor.userId, bandId)
                           : store::Result<auth::BandRole>(auth::BandRole::None);
        if (!role.ok())
            return ApiReply::fromError(role.error());
        if (*role == auth::BandRole::None)
            return ApiReply::error(403, QStringLiteral("forbidden"),
                                   tr("You are not a member of this band."));
    }
    return route.handler(services, call);
}

} // namespace oscalis::web
