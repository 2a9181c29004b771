#pragma once

#include <QObject>

#include <memory>

class QSettings;

namespace oscalis::auth {
class KioskPins;
}
namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper
namespace oscalis::store {
class Database;
}
namespace oscalis::ui {
namespace band {
class Stage;
}
namespace kiosk {
class KioskWindow;
}
} // namespace oscalis::ui

namespace oscalis::app {

/// Starts the kiosk (--kiosk, or the saved "start in kiosk mode"): the kiosk window on the
/// shared Session and Link, the band it shows (the saved kiosk band, else the first band in
/// the database) and the PINs that unlock it. Without a database the kiosk is the mixer and
/// the transport, locked for good.
/// Owner: main(); GUI thread only.
class KioskStart : public QObject {
    Q_OBJECT
public:
    KioskStart(reaper::Session& session, reaper::Link& link, store::Database* database,
               ui::band::Stage* stage);
    ~KioskStart() override;

    /// The saved "start in kiosk mode" setting.
    static bool wanted(const QSettings& settings);
    void show();
    ui::kiosk::KioskWindow& window() const { return *m_window; }

Q_SIGNALS:
    /// An administrator opened the settings from the kiosk.
    void settingsRequested();
    /// An administrator left kiosk mode: the kiosk is hidden.
    void left();

private:
    std::unique_ptr<auth::KioskPins> m_pins;
    std::unique_ptr<ui::kiosk::KioskWindow> m_window;
};

} // namespace oscalis::app
