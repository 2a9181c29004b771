#include "app/TellUser.h"

#include <cstdio>

namespace oscalis::app {

void tellUser(const QString& text) {
    std::fprintf(stderr, "oscalis: %s\n", qPrintable(text));
}

} // namespace oscalis::app
