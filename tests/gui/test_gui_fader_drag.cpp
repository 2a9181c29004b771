// Dragging a fader with the mouse puts REAPER's /track/N/volume on the wire, with the position
// the user sees; a double-click returns it to 0 dB. A liblo peer stands where REAPER would be.
#include "GuiRig.h"

#include "reaper/FaderTaper.h"

using namespace oscalis;
using namespace oscalis::test;

class TestGuiFaderDrag : public QObject {
    Q_OBJECT

    UdpPeer m_reaper;
    GuiRig m_rig;

private Q_SLOTS:
    void initTestCase() {
        useTestSettings();
        QVERIFY(m_rig.start(m_reaper.port()));
    }

    void dragSendsTheReachedPosition() {
        ui::Fader* fader = m_rig.fader(3);
        QVERIFY(fader);
        QVERIFY(near(fader->position(), reaper::taper::kUnityPosition, 1e-3));
        m_reaper.clear();

        QTest::mousePress(fader, Qt::LeftButton, {}, fader->capCentre());
        QVERIFY(fader->isHeld());
        QTRY_VERIFY(m_reaper.last("/track/3/volume/touch") &&
                    m_reaper.last("/track/3/volume/touch")->numbers.at(0) == 1.0f);
        for (const double target : {0.65, 0.55, 0.45, 0.40})
            QTest::mouseMove(fader, faderPoint(fader, target));
        QVERIFY2(near(fader->position(), 0.40, 0.02),
                 qPrintable(QString::number(fader->position())));
        QTest::mouseRelease(fader, Qt::LeftButton, {}, faderPoint(fader, 0.40));
        QVERIFY(!fader->isHeld());

        const float reached = fader->position();
        QTRY_VERIFY(m_reaper.last("/track/3/volume") &&
                    near(m_reaper.last("/track/3/volume")->numbers.at(0), reached));
        QTRY_VERIFY(m_reaper.last("/track/3/volume/touch") &&
                    m_reaper.last("/track/3/volume/touch")->numbers.at(0) == 0.0f);
        // Only the dragged strip spoke.
        QCOMPARE(m_reaper.count("/track/2/volume") + m_reaper.count("/track/4/volume"), 0);
        // And its label follows the fader while REAPER has not answered.
        QCOMPARE(m_rig.strip(3)->volumeLabel()->text(),
                 reaper::taper::formatDb(reaper::taper::positionToDb(reached)));
    }

    void doubleClickReturnsToZeroDb() {
        ui::Fader* fader = m_rig.fader(3);
        QVERIFY(!near(fader->position(), reaper::taper::kUnityPosition, 0.05));
        m_reaper.clear();
        QTest::mouseDClick(fader, Qt::LeftButton, {}, fader->capCentre());
        QVERIFY(near(fader->position(), reaper::taper::kUnityPosition, 1e-3));
        QTRY_VERIFY(
            m_reaper.last("/track/3/volume") &&
            near(m_reaper.last("/track/3/volume")->numbers.at(0), reaper::taper::kUnityPosition));
        QCOMPARE(m_rig.strip(3)->volumeLabel()->text(), QStringLiteral("0.00 dB"));
    }

    void wheelStepsCoarseAndFine() {
        ui::Fader* fader = m_rig.fader(5);
        const float before = fader->position();
        const QPointF at = fader->capCentre();
        QWheelEvent up(at, fader->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
        QApplication::sendEvent(fader, &up);
        const float coarse = fader->position() - before;
        QWheelEvent fine(at, fader->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                         Qt::ShiftModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(fader, &fine);
        const float fineStep = fader->position() - before - coarse;
        QVERIFY(coarse > 0.0f);
        QVERIFY(fineStep > 0.0f && fineStep < coarse / 4);
        QTRY_VERIFY(m_reaper.last("/track/5/volume") &&
                    near(m_reaper.last("/track/5/volume")->numbers.at(0), fader->position(), 1e-4));
    }
};

QTEST_MAIN(TestGuiFaderDrag)
#include "test_gui_fader_drag.moc"
