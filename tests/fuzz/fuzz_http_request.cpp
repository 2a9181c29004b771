// Fuzz target: bytes on a web connection, after TLS, through the server's HTTP/1.1 parser
// (HttpParser: pipelined requests, limits) and, for each request it completes, the route table
// (Router over Routes::table()) and what answers it without network: the static files, or the
// API route run as the data worker runs it (ApiRunner: session, band membership, handler) on a
// real band database. A cookie `oscalis_session=FUZZ` stands for the member's valid session, so
// the fuzzer reaches the handlers behind sign-in. Every answer is serialised as it would be sent.
#include "FuzzRig.h"
#include "WebData.h"
#include "web/ApiRunner.h"
#include "web/HttpParser.h"
#include "web/HttpResponse.h"
#include "web/Router.h"
#include "web/Routes.h"
#include "web/SessionCookie.h"
#include "web/StaticFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

namespace {

using namespace oscalis::web;

struct HttpRig {
    oscalis::fuzz::WebData web;
    Router router{Routes::table()};
    StaticFiles files{QStringLiteral(OSCALIS_FUZZ_WEB_ROOT)};
};

HttpRig& rig() {
    static HttpRig r;
    return r;
}

HttpResponse answer(HttpRequest& request) {
    const Router::Match match = rig().router.match(request.method, request.path);
    if (match.result != Router::Match::Result::Found)
        return request.method == "GET" ? rig().files.serve(request)
                                       : HttpResponse::error(404, QStringLiteral("not_found"), {});
    if (match.route->kind != RouteSpec::Kind::Api)
        return rig().files.serve(request);
    // What NetworkServer hands the worker for an API call.
    ApiCall call;
    call.params = match.params;
    call.query = request.query;
    call.baseUrl = request.baseUrl();
    call.userAgent = QString::fromUtf8(request.header("user-agent")).left(500);
    call.sessionToken = SessionCookie::tokenFrom(request.header("cookie"));
    if (call.sessionToken == QLatin1String("FUZZ"))
        call.sessionToken = rig().web.memberToken;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return HttpResponse::error(400, QStringLiteral("invalid_json"), error.errorString());
        call.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    const ApiOutcome outcome = ApiRunner::run(*rig().web.services, *match.route, call);
    return HttpResponse::fromApi(outcome.reply, outcome.headers);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    oscalis::fuzz::initQt();
    if (!rig().web.ready)
        oscalis::fuzz::giveUp("the band database could not be set up");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    HttpParser parser;
    // Arriving in two reads, as over a socket: the parser must not care where the cut is.
    const qsizetype cut = size > 0 ? qsizetype(data[0]) % qsizetype(size) : 0;
    const char* bytes = reinterpret_cast<const char*>(data);
    parser.append(QByteArray(bytes, cut));
    bool more = true;
    for (int round = 0; round < 2; ++round) {
        for (;;) {
            const HttpParser::State state = parser.parse();
            if (state == HttpParser::State::Failed) {
                const HttpParser::Failure& f = parser.failure();
                HttpResponse::error(f.status, f.code, f.message).serialize(false, false);
                return 0;
            }
            if (state == HttpParser::State::NeedMore)
                break;
            HttpRequest request = parser.take();
            answer(request).serialize(false, request.keepAlive());
        }
        if (more)
            parser.append(QByteArray(bytes + cut, qsizetype(size) - cut));
        more = false;
    }
    return 0;
}
