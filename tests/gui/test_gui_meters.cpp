// While REAPER plays, the meters move, the time runs and the indicator says connected; the
// peak hold falls after its hold time and the clip lamp latches until clicked.
#include "GuiRig.h"

#include "reaper/FaderTaper.h"
#include "ui/ConnectionIndicator.h"
#include "ui/PeakMeter.h"
#include "ui/TransportBar.h"
#include "ui/TransportButton.h"

using namespace oscalis;
using namespace oscalis::test;

class TestGuiMeters : public QObject {
    Q_OBJECT

    std::unique_ptr<reaper::sim::Simulator> m_sim;
    GuiRig m_rig;

private Q_SLOTS:
    void initTestCase() {
        useTestSettings();
        m_sim = startSimulator(true);
        QVERIFY(m_sim);
        QVERIFY(m_rig.startConnected(*m_sim));
    }

    void indicatorSaysConnected() {
        ui::ConnectionIndicator* indicator = m_rig.window->connectionIndicator();
        QVERIFY(indicator->isVisible());
        QTRY_COMPARE(indicator->text(), QStringLiteral("Connected to REAPER"));
        QCOMPARE(indicator->dotColour().green() > indicator->dotColour().red(), true);
    }

    void metersMoveWhilePlaying() {
        ui::PeakMeter* meter = m_rig.strip(1)->meter();
        QTRY_VERIFY(meter->level(0) > 0.0f || meter->level(1) > 0.0f);
        QVERIFY(meter->peakHold(0) > 0.0f || meter->peakHold(1) > 0.0f);
        const float first = meter->level(0);
        QTRY_VERIFY(meter->level(0) != first); // it moves, not a frozen value
        ui::PeakMeter* master = m_rig.strip(0)->meter();
        QTRY_VERIFY(master->level(0) > 0.0f);
    }

    void timeRuns() {
        ui::TransportBar* bar = m_rig.window->transportBar();
        QTRY_VERIFY(!bar->timeText().isEmpty());
        const QString before = bar->timeText();
        QTRY_VERIFY(bar->timeText() != before);
        QVERIFY(bar->playButton()->isLit());
    }

    void peakHoldFallsAfterHolding() {
        ui::PeakMeter meter;
        meter.setLevels(0.8f, 0.8f);
        meter.setLevels(0.1f, 0.1f);
        QCOMPARE(meter.peakHold(0), 0.8f);
        QTRY_VERIFY_WITH_TIMEOUT(meter.peakHold(0) < 0.8f, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(near(meter.peakHold(0), 0.1, 1e-6), 10000);
    }

    void clipLatchesUntilClicked() {
        ui::PeakMeter meter;
        meter.resize(18, 200);
        meter.setLevels(float(reaper::meter::dbToValue(-1.0)), 0.2f);
        QVERIFY(!meter.isClipped());
        meter.setLevels(0.2f, float(reaper::meter::dbToValue(0.0)));
        meter.setLevels(0.1f, 0.1f);
        QVERIFY(meter.isClipped());
        QTest::mouseClick(&meter, Qt::LeftButton, {}, QPoint(9, 4));
        QVERIFY(!meter.isClipped());
    }
};

QTEST_MAIN(TestGuiMeters)
#include "test_gui_meters.moc"
