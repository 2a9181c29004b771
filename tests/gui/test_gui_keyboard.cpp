// The keyboard drives the transport and the banks: Space play/stop, R record, L loop,
// Right/Left next/previous bank. A liblo peer stands where REAPER would be.
#include "GuiRig.h"

#include <QPushButton>

using namespace oscalis;
using namespace oscalis::test;

class TestGuiKeyboard : public QObject {
    Q_OBJECT

    UdpPeer m_reaper;
    GuiRig m_rig;

    bool sawBankSelect(int bank) {
        for (const auto& m : m_reaper.seen())
            if (m.path == "/device/track/bank/select" && !m.numbers.empty() &&
                m.numbers[0] == float(bank))
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        useTestSettings();
        QVERIFY(m_rig.start(m_reaper.port()));
        m_rig.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_rig.window.get()));
        QTRY_VERIFY(!m_reaper.seen().empty()); // the handshake arrived
    }

    void init() { m_reaper.clear(); }

    void spacePlays() {
        QTest::keyClick(m_rig.window.get(), Qt::Key_Space);
        QTRY_COMPARE(m_reaper.count("/play"), 1);
        QCOMPARE(m_reaper.count("/stop"), 0);
    }

    void spaceStopsWhilePlaying() {
        lo_message m = lo_message_new();
        lo_message_add_float(m, 1.0f);
        m_reaper.send(m_rig.link.endpoint().port(), "/play", m);
        QTRY_VERIFY(m_rig.session.transport().playing);
        // Even with a strip button under the mouse, the key is the transport's.
        QTest::mouseClick(m_rig.strip(1)->muteButton(), Qt::LeftButton);
        QTest::keyClick(m_rig.window.get(), Qt::Key_Space);
        QTRY_COMPARE(m_reaper.count("/stop"), 1);
        QCOMPARE(m_reaper.count("/play"), 0);
    }

    void rRecordsAndLLoops() {
        QTest::keyClick(m_rig.window.get(), Qt::Key_R);
        QTRY_COMPARE(m_reaper.count("/record"), 1);
        QTest::keyClick(m_rig.window.get(), Qt::Key_L);
        QTRY_COMPARE(m_reaper.count("/repeat"), 1);
    }

    void arrowsSelectBanks() {
        QTest::keyClick(m_rig.window.get(), Qt::Key_Right);
        QTRY_VERIFY(sawBankSelect(2));
    }
};

QTEST_MAIN(TestGuiKeyboard)
#include "test_gui_keyboard.moc"
