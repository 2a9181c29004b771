#pragma once
// Shared set-up for the GUI tests: the real window on a real Link, talking over loopback UDP
// either to the in-process REAPER simulator or to a raw liblo peer standing where REAPER would be.

#include "reaper/Link.h"
#include "reaper/Session.h"
#include "reaper/sim/Simulator.h"
#include "support/UdpPeer.h"
#include "ui/ChannelStrip.h"
#include "ui/Fader.h"
#include "ui/MainWindow.h"
#include "ui/MixerView.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <cmath>
#include <memory>

namespace oscalis::test {

/// Keeps the tests away from the user's settings and fixes the bank at 8 strips.
inline void useTestSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OscalisGuiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("OscalisGuiTest"));
    QSettings settings;
    settings.clear();
    settings.setValue(QLatin1String(ui::MainWindow::kFitKey), false);
}

inline bool near(double a, double b, double tolerance = 0.01) {
    return std::abs(a - b) <= tolerance;
}

/// Where on `fader` a drag must go for it to show `position`.
inline QPoint faderPoint(const ui::Fader* fader, double position) {
    return QPoint(fader->capCentre().x(), int(std::lround(fader->yForPosition(position))));
}

/// Session, Link and MainWindow; the Link points at `reaperPort` and listens on any free port.
struct GuiRig {
    reaper::Session session;
    reaper::Link link{session};
    std::unique_ptr<ui::MainWindow> window;

    bool start(quint16 reaperPort) {
        reaper::LinkSettings s;
        s.reaperHost = QStringLiteral("127.0.0.1");
        s.reaperPort = reaperPort;
        s.listenPort = 0;
        s.bankSize = 8;
        if (!link.start(s))
            return false;
        window = std::make_unique<ui::MainWindow>(session, link);
        window->mixer()->setFitToWindow(false);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    /// Starts against the simulator and waits until its first track is on the first strip.
    bool startConnected(reaper::sim::Simulator& sim)
    {
        if (!start(sim.port()))
            return false;
        const QString first = sim.project().tracks.empty() ? QString() : sim.project().tracks[0].name;
        return QTest::qWaitFor([&] {
            return link.state() == reaper::Link::State::Connected
                   && strip(1)->header()->text().contains(first);
        });
    }
    ui::ChannelStrip* strip(int slot) const { return window->mixer()->strip(slot); }
    ui::Fader* fader(int slot) const { return strip(slot)->fader(); }
};

/// A simulator configured for tests: any free port, packets sent as soon as they are ready.
inline std::unique_ptr<reaper::sim::Simulator> startSimulator(bool playing = false) {
    reaper::sim::SimOptions o;
    o.port = 0;
    o.sendIntervalMs = 0;
    o.play = playing;
    auto sim = std::make_unique<reaper::sim::Simulator>(o);
    if (!sim->start())
        return nullptr;
    return sim;
}

} // namespace oscalis::test
