// macOS: an IOKit "no display sleep" power assertion, released when REAPER stops.
#include "ui/kiosk/platform/ScreenAwakePlatform.h"

#include <IOKit/pwr_mgt/IOPMLib.h>

namespace oscalis::ui::kiosk {

struct ScreenAwakePlatform::Data {
    IOPMAssertionID assertion = 0;
    bool held = false;
    QString error;
};

ScreenAwakePlatform::ScreenAwakePlatform() : d(std::make_unique<Data>()) {}

ScreenAwakePlatform::~ScreenAwakePlatform() {
    release();
}

bool ScreenAwakePlatform::inhibit(const QString& reason) {
    if (d->held)
        return true;
    const CFStringRef why = reason.toCFString();
    const IOReturn r = IOPMAssertionCreateWithName(kIOPMAssertionTypeNoDisplaySleep,
                                                   kIOPMAssertionLevelOn, why, &d->assertion);
    CFRelease(why);
    if (r != kIOReturnSuccess) {
        d->error = QStringLiteral("IOPMAssertionCreateWithName failed (%1)").arg(r);
        return false;
    }
    d->held = true;
    return true;
}

void ScreenAwakePlatform::release() {
    if (!d->held)
        return;
    d->held = false;
    IOPMAssertionRelease(d->assertion);
}

QString ScreenAwakePlatform::lastError() const {
    return d->error;
}

} // namespace oscalis::ui::kiosk
