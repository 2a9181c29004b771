#pragma once

#include "web/RouteSpec.h"

#include <vector>

namespace oscalis::web {

/// The route table of the web server: every HTTP route of docs/API.md with its handler.
/// tests/integration/test_web_api_doc.cpp compares it with the document. Any thread.
class Routes {
public:
    static std::vector<RouteSpec> table();
};

} // namespace oscalis::web
