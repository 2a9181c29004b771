#include "app/KioskStart.h"

#include "app/TellUser.h"
#include "auth/KioskPins.h"
#include "store/BandRepository.h"
#include "ui/kiosk/KioskWindow.h"

#include <QCoreApplication>
#include <QSettings>

namespace oscalis::app {

namespace {
/// The saved kiosk band if it still exists, else the first band; 0 when there is none.
qint64 kioskBand(store::Database& db) {
    const qint64 saved =
        QSettings().value(QLatin1String(ui::kiosk::KioskWindow::kBandKey), 0).toLongLong();
    store::BandRepository bands(db);
    if (saved && bands.find(saved).ok())
        return saved;
    auto all = bands.listAll();
    return all.ok() && !all->empty() ? all->front().id : 0;
}
} // namespace

KioskStart::KioskStart(reaper::Session& session, reaper::Link& link, store::Database* database,
                       ui::band::Stage* stage)
    : m_window(std::make_unique<ui::kiosk::KioskWindow>(session, link)) {
    if (database) {
        m_pins = std::make_unique<auth::KioskPins>(*database);
        if (const qint64 band = kioskBand(*database))
            m_window->attachBand(*database, band, stage, *m_pins);
        else
            tellUser(QCoreApplication::translate(
                "oscalis", "The kiosk shows no band: the database has none yet."));
        auto admin = m_pins->hasAdminPin();
        if (admin.ok() && !*admin)
            tellUser(QCoreApplication::translate(
                "oscalis", "No administrator has a kiosk PIN yet, so the kiosk cannot be "
                           "unlocked or left: set one in the studio window (Oscalis → Set my "
                           "kiosk PIN…)."));
    }
    connect(m_window.get(), &ui::kiosk::KioskWindow::settingsRequested, this,
            &KioskStart::settingsRequested);
    connect(m_window.get(), &ui::kiosk::KioskWindow::leaveRequested, this, [this] {
        m_window->leave();
        Q_EMIT left();
    });
}

KioskStart::~KioskStart() = default;

bool KioskStart::wanted(const QSettings& settings) {
    return settings.value(QLatin1String(ui::kiosk::KioskWindow::kStartKey), false).toBool();
}

void KioskStart::show() {
    m_window->showKiosk();
}

} // namespace oscalis::app
