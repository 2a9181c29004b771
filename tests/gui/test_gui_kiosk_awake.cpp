// The kiosk keeps the screen on while REAPER plays or records: ScreenAwake asks the desktop's
// org.freedesktop.ScreenSaver over a real, private D-Bus session bus (dbus-daemon), where this
// test answers for the desktop, and releases it when REAPER stops.
#include "GuiRig.h"
#include "ui/kiosk/ScreenAwake.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QProcess>
#include <QStandardPaths>

using namespace oscalis;
using namespace oscalis::test;

/// What a desktop's screen saver does with Inhibit / UnInhibit: counts the holds.
class ScreenSaverStandIn : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QSet<quint32> holds;
    QString lastReason;
public Q_SLOTS:
    quint32 Inhibit(const QString&, const QString& reason) {
        lastReason = reason;
        holds.insert(++m_next);
        return m_next;
    }
    void UnInhibit(quint32 cookie) { holds.remove(cookie); }

private:
    quint32 m_next = 0;
};

class TestGuiKioskAwake : public QObject {
    Q_OBJECT

    QProcess m_bus;
    ScreenSaverStandIn m_screenSaver;

private Q_SLOTS:
    void initTestCase() {
        useTestSettings();
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed");
        m_bus.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                             QStringLiteral("--print-address")});
        QVERIFY(m_bus.waitForReadyRead(10000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address); // before the first sessionBus() call
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &m_screenSaver,
                                   QDBusConnection::ExportAllSlots));
    }

    void cleanupTestCase() {
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void screenStaysOnWhileReaperPlaysOrRecords() {
        auto sim = startSimulator();
        QVERIFY(sim);
        reaper::Session session;
        reaper::Link link(session);
        reaper::LinkSettings s;
        s.reaperPort = sim->port();
        s.listenPort = 0;
        QVERIFY(link.start(s));
        QTRY_COMPARE(link.state(), reaper::Link::State::Connected);
        ui::kiosk::ScreenAwake awake(session);
        QVERIFY(!awake.wanted());
        QVERIFY(m_screenSaver.holds.isEmpty());

        link.play();
        QTRY_VERIFY(awake.isHeld());
        QCOMPARE(m_screenSaver.holds.size(), 1);
        QCOMPARE(m_screenSaver.lastReason, QStringLiteral("REAPER is playing or recording"));
        link.stop();
        QTRY_VERIFY(!awake.wanted());
        QVERIFY(!awake.isHeld());
        QVERIFY(m_screenSaver.holds.isEmpty()); // the screen may blank again

        link.record();
        QTRY_VERIFY(awake.isHeld());
        QCOMPARE(m_screenSaver.holds.size(), 1);
        link.stop();
        QTRY_VERIFY(m_screenSaver.holds.isEmpty());
    }
};

QTEST_MAIN(TestGuiKioskAwake)
#include "test_gui_kiosk_awake.moc"
