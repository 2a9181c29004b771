// REAPER's feedback moves the fader and its dB label shows REAPER's own text.
#include "GuiRig.h"

#include "reaper/FaderTaper.h"

#include <QLabel>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiFaderFeedback : public QObject {
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

    void reaperMovesTheFader() {
        ui::Fader* fader = m_rig.fader(1);
        QVERIFY(!near(fader->position(), 0.3, 0.05));
        m_sim->project().tracks[0].volume = 0.3f;
        m_sim->publish();
        QTRY_VERIFY2(near(fader->position(), 0.3, 1e-4),
                     qPrintable(QString::number(fader->position())));
        const QString reaperText = m_rig.session.track(1)->volumeText;
        QVERIFY(!reaperText.isEmpty());
        QTRY_COMPARE(m_rig.strip(1)->volumeLabel()->text(), reaperText);
        QCOMPARE(reaperText, reaper::taper::formatDb(reaper::taper::positionToDb(0.3)));
        // The neighbour did not move.
        QVERIFY(near(m_rig.fader(2)->position(), m_sim->project().tracks[1].volume, 1e-4));
    }

    void labelShowsReaperWordsNotOurs() {
        // REAPER's text wins over Oscalis's own formatting when it differs.
        UdpPeer reaper;
        lo_message m = lo_message_new();
        lo_message_add_string(m, "-10.5dB");
        reaper.send(m_rig.link.endpoint().port(), "/track/1/volume/str", m);
        QTRY_COMPARE(m_rig.strip(1)->volumeLabel()->text(), QStringLiteral("-10.5dB"));
    }
};

QTEST_MAIN(TestGuiFaderFeedback)
#include "test_gui_fader_feedback.moc"
