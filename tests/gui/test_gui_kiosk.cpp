// The kiosk on a 1280 × 800 screen, driven by synthesized touches only: start and stop
// playback, two fingers on two faders, swipe to another bank, tap to select a track, see the
// next song and go to its region, and every locked action refused without the administrator's
// PIN and done with it; PIN throttling, the member's own page, and the idle return.
#include "KioskRig.h"

#include "ui/kiosk/HoldButton.h"
#include "ui/kiosk/IdleWatch.h"
#include "ui/kiosk/KioskLock.h"
#include "ui/kiosk/KioskTransport.h"
#include "ui/kiosk/MemberPage.h"
#include "ui/kiosk/NowPage.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QSignalSpy>

using namespace oscalis;
using namespace oscalis::test;
using ui::kiosk::KioskWindow;

class TestGuiKiosk : public QObject {
    Q_OBJECT

    KioskRig m_rig;

    KioskWindow* kiosk() { return m_rig.kiosk.get(); }
    reaper::sim::SimProject& project() { return m_rig.sim->project(); }
    bool padShown() { return kiosk()->pinPad()->isVisible(); }

private Q_SLOTS:
    void initTestCase() {
        useTestSettings();
        QVERIFY(m_rig.start());
    }

    void init() {
        kiosk()->lock().lock();
        if (padShown())
            m_rig.tap(kiosk()->pinPad()->cancelButton());
        m_rig.clock.advance(61 * 60 * 1000); // forget earlier wrong PINs
        kiosk()->showPage(KioskWindow::MixerPage);
    }

    void everyTargetIsAtLeast48Pixels() {
        for (KioskWindow::Page page :
             {KioskWindow::MixerPage, KioskWindow::TodayPage, KioskWindow::MePage}) {
            kiosk()->showPage(page);
            QCoreApplication::processEvents();
            for (QAbstractButton* b : kiosk()->findChildren<QAbstractButton*>()) {
                if (!b->isVisibleTo(kiosk()) || !b->isVisible())
                    continue;
                QVERIFY2(b->width() >= 48 && b->height() >= 48,
                         qPrintable(QStringLiteral("%1 is %2 × %3")
                                        .arg(b->objectName())
                                        .arg(b->width())
                                        .arg(b->height())));
            }
        }
        kiosk()->showPage(KioskWindow::MixerPage);
        QVERIFY(m_rig.fader(1)->capSize().width() >= 48);
        QVERIFY(m_rig.fader(1)->capSize().height() >= 48);
        // The whole bank fits the 1280-pixel screen, master included.
        QVERIFY(kiosk()->mixer()->strip(0)->isVisible());
        QVERIFY(kiosk()->mixer()->strip(0)->geometry().right() < kiosk()->width());
    }

    void startAndStopPlaybackByTouch() {
        QVERIFY(!project().playing);
        m_rig.tap(kiosk()->transport()->playButton());
        QTRY_VERIFY(project().playing);
        QTRY_VERIFY(kiosk()->transport()->playButton()->isLit());
        m_rig.tap(kiosk()->transport()->stopButton());
        QTRY_VERIFY(!project().playing);
        QVERIFY(!padShown()); // stopping playback is for everyone
    }

    void twoFingersMoveTwoFadersAtOnce() {
        ui::Fader* first = m_rig.fader(2);
        ui::Fader* second = m_rig.fader(5);
        QWidget* window = kiosk();
        const float between = project().tracks[2].volume;
        const auto at = [&](ui::Fader* f, double position) {
            return f->mapTo(window, faderPoint(f, position));
        };
        QTest::touchEvent(window, m_rig.touchScreen)
            .press(0, first->mapTo(window, first->capCentre()))
            .press(1, second->mapTo(window, second->capCentre()));
        QVERIFY(first->isHeld());
        QVERIFY(second->isHeld());
        QTest::touchEvent(window, m_rig.touchScreen)
            .move(0, at(first, 0.5))
            .move(1, at(second, 0.85));
        QTest::touchEvent(window, m_rig.touchScreen)
            .move(0, at(first, 0.3))
            .move(1, at(second, 0.95));
        QTest::touchEvent(window, m_rig.touchScreen)
            .release(0, at(first, 0.3))
            .release(1, at(second, 0.95));
        QVERIFY(!first->isHeld() && !second->isHeld());
        // REAPER (the simulator) has both tracks where the fingers left them.
        QTRY_VERIFY2(near(project().tracks[1].volume, 0.3, 0.03),
                     qPrintable(QString::number(project().tracks[1].volume)));
        QTRY_VERIFY2(near(project().tracks[4].volume, 0.95, 0.03),
                     qPrintable(QString::number(project().tracks[4].volume)));
        QCOMPARE(project().tracks[2].volume, between); // the fader between: untouched
    }

    void tapSelectsATrack() {
        QPushButton* header = kiosk()->mixer()->strip(3)->header();
        m_rig.tap(header);
        QTRY_VERIFY(project().tracks[2].selected);
        QTRY_VERIFY(m_rig.session.track(3) && m_rig.session.track(3)->selected);
    }

    void swipeChangesBank() {
        const int size = m_rig.session.bankSize();
        QCOMPARE(m_rig.session.bankStart(), 1);
        QWidget* window = kiosk();
        // A finger on the strip headers (not on a fader) going right to left.
        QPushButton* header = kiosk()->mixer()->strip(6)->header();
        const QPoint from = header->mapTo(window, header->rect().center());
        QTest::touchEvent(window, m_rig.touchScreen).press(0, from);
        QTest::touchEvent(window, m_rig.touchScreen).move(0, from - QPoint(150, 0));
        QTest::touchEvent(window, m_rig.touchScreen).move(0, from - QPoint(350, 4));
        QTest::touchEvent(window, m_rig.touchScreen).release(0, from - QPoint(350, 4));
        QTRY_COMPARE(m_rig.session.bankStart(), 1 + size);
        QTRY_VERIFY(
            kiosk()->mixer()->bankText().startsWith(QStringLiteral("Tracks %1").arg(1 + size)));
        // And back, left to right.
        QTest::touchEvent(window, m_rig.touchScreen).press(0, from - QPoint(350, 0));
        QTest::touchEvent(window, m_rig.touchScreen).move(0, from);
        QTest::touchEvent(window, m_rig.touchScreen).release(0, from);
        QTRY_COMPARE(m_rig.session.bankStart(), 1);
    }

    void nowPageShowsTheNextSongAndGoesToItsRegion() {
        m_rig.tap(kiosk()->pageButton(KioskWindow::TodayPage));
        QCOMPARE(kiosk()->currentPage(), KioskWindow::TodayPage);
        ui::kiosk::NowPage* now = kiosk()->nowPage();
        QVERIFY2(now->plan().heading.contains(QStringLiteral("Répétition")),
                 qPrintable(now->plan().heading));
        QCOMPARE(now->currentSongTitle(), QStringLiteral("Now: Opening song"));
        QCOMPARE(now->nextSongText(), QStringLiteral("Next: Ballade"));

        project().position = 50.0;
        m_rig.sim->publish();
        m_rig.tap(now->nextButton());
        QCOMPARE(now->currentSongTitle(), QStringLiteral("Now: Ballade"));
        QCOMPARE(now->nextSongText(), QStringLiteral("Next: end of the list"));
        QTRY_COMPARE(project().position, 200.0); // REAPER went to the region "Ballad"
        project().position = 0.0;
        m_rig.sim->publish();
        m_rig.tap(now->goButton());
        QTRY_COMPARE(project().position, 200.0);
        m_rig.tap(now->previousButton());
        QCOMPARE(now->currentSongTitle(), QStringLiteral("Now: Opening song"));
        QTRY_COMPARE(project().position, 0.0);
    }

    void leavingNeedsTheAdministratorsPin() {
        QSignalSpy left(kiosk(), &KioskWindow::leaveRequested);
        m_rig.tap(kiosk()->leaveButton());
        QVERIFY(padShown());
        QCOMPARE(kiosk()->bannerText(), QStringLiteral("LOCKED"));
        m_rig.typePin(QStringLiteral("1111")); // a member's PIN is not an administrator's
        QCOMPARE(kiosk()->pinPad()->message(), QStringLiteral("Wrong PIN."));
        QCOMPARE(left.count(), 0);
        m_rig.tap(kiosk()->pinPad()->cancelButton());
        QVERIFY(!padShown());
        QCOMPARE(left.count(), 0);

        m_rig.tap(kiosk()->leaveButton());
        m_rig.typePin(kAdminPin);
        QCOMPARE(left.count(), 1);
        QVERIFY(!padShown());
        QCOMPARE(kiosk()->bannerText(), QStringLiteral("Unlocked"));
        // Unlocked, the next guarded action needs no PIN until the kiosk locks again.
        m_rig.tap(kiosk()->leaveButton());
        QCOMPARE(left.count(), 2);
        m_rig.tap(kiosk()->lockButton());
        QCOMPARE(kiosk()->bannerText(), QStringLiteral("LOCKED"));
        m_rig.tap(kiosk()->leaveButton());
        QVERIFY(padShown());
        QCOMPARE(left.count(), 2);
    }

    void settingsNeedTheAdministratorsPin() {
        QSignalSpy settings(kiosk(), &KioskWindow::settingsRequested);
        m_rig.tap(kiosk()->settingsButton());
        QVERIFY(padShown());
        m_rig.typePin(QStringLiteral("000000"));
        QCOMPARE(settings.count(), 0);
        m_rig.typePin(kAdminPin);
        QCOMPARE(settings.count(), 1);
    }

    void deletingNeedsTheAdministratorsPin() {
        m_rig.tap(kiosk()->pageButton(KioskWindow::TodayPage));
        ui::kiosk::NowPage* now = kiosk()->nowPage();
        QCOMPARE(now->currentSongId(), m_rig.opening);
        QCOMPARE(now->notes()->count(), 1);
        now->notes()->setCurrentRow(0);
        m_rig.tap(now->deleteNoteButton());
        QVERIFY(padShown());
        m_rig.tap(kiosk()->pinPad()->cancelButton());
        QCOMPARE(store::RehearsalRepository(*m_rig.band.db).notes(m_rig.opening)->size(), 1u);
        now->notes()->setCurrentRow(0);
        m_rig.tap(now->deleteNoteButton());
        m_rig.typePin(kAdminPin);
        QCOMPARE(store::RehearsalRepository(*m_rig.band.db).notes(m_rig.opening)->size(), 0u);
        QCOMPARE(now->notes()->count(), 0);
        QCOMPARE(now->message(), QStringLiteral("The note was deleted."));
    }

    void stoppingARecordingNeedsAHoldAndThePin() {
        ui::kiosk::KioskTransport* transport = kiosk()->transport();
        m_rig.tap(transport->recordButton());
        QTRY_VERIFY(project().recording);
        QTRY_VERIFY(transport->stopButton()->holdRequired());
        QVERIFY(!transport->playButton()->isEnabled());
        QVERIFY(!transport->recordButton()->isEnabled());

        // A tap is not enough: it only says to hold.
        m_rig.tap(transport->stopButton());
        QVERIFY(!padShown());
        QVERIFY2(transport->hint().contains(QStringLiteral("until the ring is full")),
                 qPrintable(transport->hint()));
        QTest::qWait(200);
        QVERIFY(project().recording);

        // Held: the PIN pad asks; without the PIN the recording goes on.
        QWidget* stop = transport->stopButton();
        const QPoint at = stop->mapTo(kiosk(), stop->rect().center());
        QTest::touchEvent(kiosk(), m_rig.touchScreen).press(0, at);
        QTRY_VERIFY(padShown());
        QTest::touchEvent(kiosk(), m_rig.touchScreen).release(0, at);
        QCOMPARE(kiosk()->pinPad()->title(),
                 QStringLiteral("Administrator's PIN: Stop the recording"));
        m_rig.typePin(QStringLiteral("9999"));
        QCOMPARE(kiosk()->pinPad()->message(), QStringLiteral("Wrong PIN."));
        m_rig.tap(kiosk()->pinPad()->cancelButton());
        QTest::qWait(200);
        QVERIFY(project().recording);

        // Held again, with the PIN: REAPER stops.
        QTest::touchEvent(kiosk(), m_rig.touchScreen).press(0, at);
        QTRY_VERIFY(padShown());
        QTest::touchEvent(kiosk(), m_rig.touchScreen).release(0, at);
        m_rig.typePin(kAdminPin);
        QTRY_VERIFY(!project().recording);
        QTRY_VERIFY(!transport->stopButton()->holdRequired());
    }

    void wrongPinsAreThrottled() {
        m_rig.tap(kiosk()->lockButton()); // Unlock
        QVERIFY(padShown());
        for (int i = 0; i < 5; ++i) {
            m_rig.typePin(QStringLiteral("%1").arg(1000 + i));
            QCOMPARE(kiosk()->pinPad()->message(), QStringLiteral("Wrong PIN."));
        }
        m_rig.typePin(kAdminPin); // right, but too soon
        QVERIFY2(kiosk()->pinPad()->message().startsWith(QStringLiteral("Too many wrong PINs")),
                 qPrintable(kiosk()->pinPad()->message()));
        QVERIFY(kiosk()->lock().isLocked());
        m_rig.clock.advance(auth::LoginThrottle::kAccountPolicy.baseDelayMs);
        m_rig.typePin(kAdminPin);
        QVERIFY(!kiosk()->lock().isLocked());
        QVERIFY(!padShown());
    }

    void aMemberActsInTheirOwnName() {
        m_rig.tap(kiosk()->pageButton(KioskWindow::MePage));
        ui::kiosk::MemberPage* me = kiosk()->memberPage();
        QPushButton* bobButton = me->memberButton(m_rig.bob.userId);
        QVERIFY(bobButton);
        m_rig.tap(bobButton);
        QVERIFY(padShown());
        QCOMPARE(kiosk()->pinPad()->title(), QStringLiteral("Bob, your PIN"));
        m_rig.typePin(kAdminPin); // Ada's PIN does not make anyone Bob
        QCOMPARE(kiosk()->pinPad()->message(), QStringLiteral("Wrong PIN."));
        QVERIFY(!me->member());
        m_rig.typePin(kBobPin);
        QVERIFY(!padShown());
        QCOMPARE(me->member()->userId, m_rig.bob.userId);
        QCOMPARE(kiosk()->userText(), QStringLiteral("Bob"));

        // His level on the current song (Opening song), saved in his name.
        QCOMPARE(me->masteryText(), QStringLiteral("not rated"));
        m_rig.tap(me->masteryUp());
        m_rig.tap(me->masteryUp());
        QCOMPARE(me->masteryText(), QStringLiteral("1 / 10"));
        QCOMPARE(store::RehearsalRepository(*m_rig.band.db)
                     .mastery(m_rig.opening, m_rig.bob.userId)
                     ->value_or(-1),
                 1);
        // His answer to today's rehearsal.
        m_rig.tap(me->answerButton(0)); // Yes
        const auto summary = store::EventRepository(*m_rig.band.db).summary(m_rig.eventId).value();
        bool answered = false;
        for (const auto& line : summary.lines)
            answered = answered ||
                       (line.userId == m_rig.bob.userId && line.answer == store::EventAnswer::Yes);
        QVERIFY(answered);
        QVERIFY(me->answerButton(0)->isChecked());

        m_rig.tap(me->doneButton());
        QVERIFY(!me->member());
        QCOMPARE(kiosk()->userText(), QStringLiteral("Band"));
    }

    void idleScreenReturnsToTheSharedView() {
        // Bob on his page and the kiosk unlocked; then nobody touches it.
        m_rig.tap(kiosk()->pageButton(KioskWindow::MePage));
        m_rig.tap(kiosk()->memberPage()->memberButton(m_rig.bob.userId));
        m_rig.typePin(kBobPin);
        QVERIFY(kiosk()->memberPage()->member());
        m_rig.tap(kiosk()->lockButton());
        m_rig.typePin(kAdminPin);
        QVERIFY(!kiosk()->lock().isLocked());
        const int before = kiosk()->idleWatch().timeout();
        kiosk()->idleWatch().setTimeout(300);
        QTRY_VERIFY(!kiosk()->memberPage()->member());
        QVERIFY(kiosk()->lock().isLocked());
        QCOMPARE(kiosk()->bannerText(), QStringLiteral("LOCKED"));
        QCOMPARE(kiosk()->currentPage(), KioskWindow::MixerPage);
        QCOMPARE(kiosk()->userText(), QStringLiteral("Band"));
        kiosk()->idleWatch().setTimeout(before);
    }

    void cannotBeClosedOrEscaped() {
        QVERIFY(!kiosk()->close());
        QVERIFY(kiosk()->isVisible());
        QTest::keyClick(kiosk(), Qt::Key_Escape);
        QTest::keyClick(kiosk(), Qt::Key_F4, Qt::AltModifier);
        QVERIFY(kiosk()->isVisible());
        kiosk()->showKiosk();
        QVERIFY(kiosk()->windowFlags() & Qt::FramelessWindowHint);
        QTRY_VERIFY(kiosk()->isFullScreen());
        QVERIFY(QGuiApplication::overrideCursor());
        QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
        // Leaving (once granted) lets it go and gives the cursor back.
        kiosk()->leave();
        QVERIFY(!kiosk()->isVisible());
        QVERIFY(!QGuiApplication::overrideCursor());
    }
};

QTEST_MAIN(TestGuiKiosk)
#include "test_gui_kiosk.moc"
