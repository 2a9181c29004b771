// Linux and the BSDs: org.freedesktop.ScreenSaver.Inhibit over the session D-Bus (GNOME, KDE,
// Xfce, LXQt and most screen lockers answer it). The inhibition ends when UnInhibit is called
// or when Oscalis's bus connection closes, so a crash never leaves the screen on for ever.
#include "ui/kiosk/platform/ScreenAwakePlatform.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>

namespace oscalis::ui::kiosk {

namespace {
const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kPath = QStringLiteral("/org/freedesktop/ScreenSaver");
} // namespace

struct ScreenAwakePlatform::Data {
    quint32 cookie = 0;
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
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        d->error = QCoreApplication::translate("oscalis::ui::kiosk::ScreenAwake",
                                               "There is no desktop session bus to ask.");
        return false;
    }
    QDBusInterface screenSaver(kService, kPath, kService, bus);
    const QDBusReply<quint32> reply =
        screenSaver.call(QStringLiteral("Inhibit"), QCoreApplication::applicationName(), reason);
    if (!reply.isValid()) {
        d->error = reply.error().message();
        return false;
    }
    d->cookie = reply.value();
    d->held = true;
    d->error.clear();
    return true;
}

void ScreenAwakePlatform::release() {
    if (!d->held)
        return;
    d->held = false;
    QDBusInterface screenSaver(kService, kPath, kService, QDBusConnection::sessionBus());
    screenSaver.call(QStringLiteral("UnInhibit"), d->cookie);
}

QString ScreenAwakePlatform::lastError() const {
    return d->error;
}

} // namespace oscalis::ui::kiosk
