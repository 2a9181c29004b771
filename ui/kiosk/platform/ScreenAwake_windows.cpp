// Windows: SetThreadExecutionState keeps the display on while the flag is set on the GUI thread.
#include "ui/kiosk/platform/ScreenAwakePlatform.h"

#include <windows.h>

namespace oscalis::ui::kiosk {

struct ScreenAwakePlatform::Data {
    bool held = false;
    QString error;
};

ScreenAwakePlatform::ScreenAwakePlatform() : d(std::make_unique<Data>()) {}

ScreenAwakePlatform::~ScreenAwakePlatform() {
    release();
}

bool ScreenAwakePlatform::inhibit(const QString&) {
    if (SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED) == 0) {
        d->error = QStringLiteral("SetThreadExecutionState failed");
        return false;
    }
    d->held = true;
    return true;
}

void ScreenAwakePlatform::release() {
    if (!d->held)
        return;
    d->held = false;
    SetThreadExecutionState(ES_CONTINUOUS);
}

QString ScreenAwakePlatform::lastError() const {
    return d->error;
}

} // namespace oscalis::ui::kiosk
