#pragma once
// Shared set-up for the kiosk tests: a real band database with an administrator (Ada, PIN
// 482913) and a member (Bob, PIN 1111), today's rehearsal with two songs linked to regions, the
// in-process REAPER simulator on loopback, and the kiosk window at 1280 × 800.

#include "BandRig.h"
#include "GuiRig.h"
#include "auth/KioskPins.h"
#include "reaper/ProjectWatcher.h"
#include "reaper/ScriptCommands.h"
#include "store/EventRepository.h"
#include "store/RehearsalRepository.h"
#include "store/SongRepository.h"
#include "ui/band/Stage.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/kiosk/PinPad.h"

#include <QPointingDevice>

namespace oscalis::test {

inline const QString kAdminPin = QStringLiteral("482913");
inline const QString kBobPin = QStringLiteral("1111");

struct KioskRig {
    BandRig band;
    std::unique_ptr<reaper::sim::Simulator> sim;
    reaper::Session session;
    std::unique_ptr<reaper::Link> link;
    QTemporaryDir scriptFolder;
    reaper::ScriptCommands commands;
    std::unique_ptr<reaper::ProjectWatcher> watcher;
    util::ManualClock clock;
    std::unique_ptr<ui::band::Stage> stage;
    std::unique_ptr<auth::KioskPins> pins;
    std::unique_ptr<ui::kiosk::KioskWindow> kiosk;
    QPointingDevice* touchScreen = nullptr;
    auth::Actor ada;
    auth::Actor bob;
    qint64 opening = 0; ///< song "Opening song" (region "Opening song", at 0 s)
    qint64 ballad = 0;  ///< song "Ballade" (region "Ballad", at 200 s)
    qint64 eventId = 0;
    qint64 noteId = 0;

    bool start(QSize size = {1280, 800}) {
        if (!band.openWithBand())
            return false;
        auto& db = *band.db;
        const qint64 bandId = band.context->bandId();
        ada = band.context->actor();
        auto bobUser = band.context->accounts().registerUser(
            QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("bob's password"),
            band.context->band().inviteCode);
        if (!bobUser.ok())
            return false;
        bob = {bobUser->id, bobUser->role};
        pins = std::make_unique<auth::KioskPins>(
            db, clock, auth::PasswordHasher(auth::PasswordHasher::Cost::minimum()));
        if (!pins->setPin(ada, ada.userId, kAdminPin).ok() ||
            !pins->setPin(bob, bob.userId, kBobPin).ok())
            return false;

        store::SongRepository songs(db);
        store::Song song;
        song.bandId = bandId;
        song.title = QStringLiteral("Opening song");
        song.reaperRegion = QStringLiteral("Opening song");
        opening = songs.add(ada, song)->id;
        song.title = QStringLiteral("Ballade");
        song.reaperRegion = QStringLiteral("Ballad");
        ballad = songs.add(ada, song)->id;
        store::Event event;
        event.bandId = bandId;
        event.title = QStringLiteral("Répétition");
        event.startsAt = QDate::currentDate().toString(Qt::ISODate) + QStringLiteral("T20:30:00");
        event.place = QStringLiteral("Le local");
        event.agenda = {opening, ballad};
        auto made = store::EventRepository(db).create(ada, event);
        if (!made.ok())
            return false;
        eventId = made->id;
        auto note =
            store::RehearsalRepository(db).addNote(ada, opening, QStringLiteral("Watch the tempo"));
        if (!note.ok())
            return false;
        noteId = note->id;

        reaper::sim::SimOptions o;
        o.port = 0;
        o.tracks = 24;
        o.regions = 5; // Opening song 0 s, Ballad 200, Cover 400, New one 600, Encore 800
        o.sendIntervalMs = 0;
        sim = std::make_unique<reaper::sim::Simulator>(o);
        if (!sim->start())
            return false;
        link = std::make_unique<reaper::Link>(session);
        reaper::LinkSettings s;
        s.reaperPort = sim->port();
        s.listenPort = 0;
        s.bankSize = 8;
        if (!link->start(s))
            return false;
        if (!QTest::qWaitFor([&] {
                return link->state() == reaper::Link::State::Connected &&
                       session.regions().size() >= 5;
            }))
            return false;
        watcher = std::make_unique<reaper::ProjectWatcher>(session);
        watcher->setFolder(scriptFolder.path());
        commands.setFolder(scriptFolder.path());
        stage = std::make_unique<ui::band::Stage>(*band.context, *link, session, commands, *watcher,
                                                  clock);
        // The kiosk's own start: nobody is signed in on it.
        band.context->signOut();

        kiosk = std::make_unique<ui::kiosk::KioskWindow>(session, *link);
        kiosk->attachBand(db, bandId, stage.get(), *pins);
        kiosk->resize(size);
        kiosk->show();
        touchScreen = QTest::createTouchDevice();
        return QTest::qWaitForWindowExposed(kiosk.get());
    }

    /// A finger taps the middle of w.
    void tap(QWidget* w) {
        const QPoint at = w->mapTo(kiosk.get(), w->rect().center());
        QTest::touchEvent(kiosk.get(), touchScreen).press(0, at);
        QTest::touchEvent(kiosk.get(), touchScreen).release(0, at);
        QCoreApplication::processEvents();
    }
    /// Types pin on the on-screen pad, then OK.
    void typePin(const QString& pin) {
        ui::kiosk::PinPad* pad = kiosk->pinPad();
        for (QChar c : pin)
            tap(pad->key(c.digitValue()));
        tap(pad->okButton());
    }
    ui::Fader* fader(int slot) const { return kiosk->mixer()->strip(slot)->fader(); }
};

} // namespace oscalis::test
