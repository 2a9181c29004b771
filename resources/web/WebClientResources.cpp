#include "WebClientResources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE declares the resource's init function, which rcc put in the global namespace,
// so it must be used outside any namespace.
static void registerWebClientResources() {
    Q_INIT_RESOURCE(oscalis_web_client);
}

namespace oscalis {

void initWebClientResources() {
    static std::once_flag once;
    std::call_once(once, registerWebClientResources);
}

} // namespace oscalis
