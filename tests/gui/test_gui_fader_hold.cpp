// No tug of war: REAPER's feedback does not yank a fader the user is holding; on release the
// fader settles on the Session's value.
#include "GuiRig.h"

#include "reaper/FaderTaper.h"

#include <QLabel>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiFaderHold : public QObject {
    Q_OBJECT

    std::unique_ptr<reaper::sim::Simulator> m_sim;
    GuiRig m_rig;

private Q_SLOTS:
    void initTestCase() {
        useTestSettings();
        m_sim = startSimulator();
        QVERIFY(m_sim);
        QVERIFY(m_rig.startConnected(*m_sim));
    }

    void heldFaderIsNotYanked() {
        ui::Fader* fader = m_rig.fader(1);
        QTest::mousePress(fader, Qt::LeftButton, {}, fader->capCentre());
        QTest::mouseMove(fader, faderPoint(fader, 0.6));
        QTest::mouseMove(fader, faderPoint(fader, 0.5));
        const float users = fader->position();
        QVERIFY(near(users, 0.5, 0.02));
        // REAPER has taken the user's move...
        QTRY_VERIFY(near(m_sim->project().tracks[0].volume, users, 1e-4));

        // ...and now something else in REAPER (automation, a mouse) moves the same track.
        m_sim->project().tracks[0].volume = 0.3f;
        m_sim->publish();
        QTRY_VERIFY(near(m_rig.session.track(1)->volume, 0.3, 1e-4));
        QVERIFY(fader->isHeld());
        QCOMPARE(fader->position(), users);
        QCOMPARE(fader->capCentre(), faderPoint(fader, users));
        QCOMPARE(m_rig.strip(1)->volumeLabel()->text(),
                 reaper::taper::formatDb(reaper::taper::positionToDb(users)));

        QTest::mouseRelease(fader, Qt::LeftButton, {}, faderPoint(fader, 0.5));
        QVERIFY(!fader->isHeld());
        QVERIFY(near(fader->position(), m_rig.session.track(1)->volume, 1e-6));
        QVERIFY(near(fader->position(), 0.3, 1e-4));
        QTRY_COMPARE(m_rig.strip(1)->volumeLabel()->text(),
                     reaper::taper::formatDb(reaper::taper::positionToDb(0.3)));
    }
};

QTEST_MAIN(TestGuiFaderHold)
#include "test_gui_fader_hold.moc"
