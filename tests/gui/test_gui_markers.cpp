// The transport bar's marker and region pickers: REAPER's list, and a jump by number.
#include "GuiRig.h"
#include "ui/MarkerPicker.h"
#include "ui/TransportBar.h"

using namespace oscalis;

class TestGuiMarkers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }

    void listsReapersMarkersAndJumpsToOne() {
        auto sim = test::startSimulator();
        QVERIFY(sim);
        test::GuiRig rig;
        QVERIFY(rig.startConnected(*sim));
        ui::MarkerPicker* markers = rig.window->transportBar()->markerPicker();
        const auto& expected = sim->project().markers;
        QTRY_COMPARE(markers->entries().size(), qsizetype(expected.size()));
        QCOMPARE(markers->entries().at(2), QStringLiteral("3 · %1").arg(expected[2].name));
        QCOMPARE(markers->text(), QStringLiteral("Marker: %1").arg(expected[0].name));

        markers->choose(2);
        QTRY_COMPARE(sim->project().position, expected[2].time);
        QTRY_COMPARE(markers->text(), QStringLiteral("Marker: %1").arg(expected[2].name));
        QCOMPARE(rig.window->transportBar()->markerText(), expected[2].name);
    }

    void regionsToo() {
        auto sim = test::startSimulator();
        QVERIFY(sim);
        test::GuiRig rig;
        QVERIFY(rig.startConnected(*sim));
        ui::MarkerPicker* regions = rig.window->transportBar()->regionPicker();
        const auto& expected = sim->project().regions;
        QTRY_COMPARE(regions->entries().size(), qsizetype(expected.size()));
        regions->choose(1);
        QTRY_COMPARE(sim->project().position, expected[1].time);
        QTRY_COMPARE(regions->text(), QStringLiteral("Region: %1").arg(expected[1].name));
    }

    void anEmptyProjectSaysSo() {
        test::UdpPeer silentReaper;
        test::GuiRig rig;
        QVERIFY(rig.start(silentReaper.port()));
        ui::MarkerPicker* markers = rig.window->transportBar()->markerPicker();
        QVERIFY(markers->entries().isEmpty());
        QCOMPARE(markers->text(), QStringLiteral("Marker: –"));
    }
};

QTEST_MAIN(TestGuiMarkers)
#include "test_gui_markers.moc"
