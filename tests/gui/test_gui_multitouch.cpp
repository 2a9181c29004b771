// Two fingers on two faders move both at once, and both moves reach REAPER.
#include "GuiRig.h"

#include <QPointingDevice>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiMultitouch : public QObject {
    Q_OBJECT

    UdpPeer m_reaper;
    GuiRig m_rig;
    QPointingDevice* m_touchScreen = nullptr;

private Q_SLOTS:
    void initTestCase() {
        useTestSettings();
        m_touchScreen = QTest::createTouchDevice();
        QVERIFY(m_rig.start(m_reaper.port()));
    }

    void twoFingersTwoFaders() {
        ui::Fader* first = m_rig.fader(2);
        ui::Fader* second = m_rig.fader(6);
        QWidget* window = m_rig.window.get();
        m_reaper.clear();

        QTest::touchEvent(window, m_touchScreen)
            .press(0, first->capCentre(), first)
            .press(1, second->capCentre(), second);
        QVERIFY(first->isHeld());
        QVERIFY(second->isHeld());
        QTest::touchEvent(window, m_touchScreen)
            .move(0, faderPoint(first, 0.6), first)
            .move(1, faderPoint(second, 0.85), second);
        QTest::touchEvent(window, m_touchScreen)
            .move(0, faderPoint(first, 0.45), first)
            .move(1, faderPoint(second, 0.9), second);
        QVERIFY2(near(first->position(), 0.45, 0.02),
                 qPrintable(QString::number(first->position())));
        QVERIFY2(near(second->position(), 0.9, 0.02),
                 qPrintable(QString::number(second->position())));
        QTest::touchEvent(window, m_touchScreen)
            .release(0, faderPoint(first, 0.45), first)
            .release(1, faderPoint(second, 0.9), second);
        QVERIFY(!first->isHeld());
        QVERIFY(!second->isHeld());

        const float a = first->position();
        const float b = second->position();
        QVERIFY(near(a, 0.45, 0.02));
        QVERIFY(near(b, 0.9, 0.02));
        QTRY_VERIFY(m_reaper.last("/track/2/volume") &&
                    near(m_reaper.last("/track/2/volume")->numbers.at(0), a));
        QTRY_VERIFY(m_reaper.last("/track/6/volume") &&
                    near(m_reaper.last("/track/6/volume")->numbers.at(0), b));
        QTRY_VERIFY(m_reaper.count("/track/2/volume/touch") >= 2 &&
                    m_reaper.count("/track/6/volume/touch") >= 2);
        // The faders in between were not touched.
        QCOMPARE(m_reaper.count("/track/3/volume") + m_reaper.count("/track/4/volume") +
                     m_reaper.count("/track/5/volume"),
                 0);
    }
};

QTEST_MAIN(TestGuiMultitouch)
#include "test_gui_multitouch.moc"
