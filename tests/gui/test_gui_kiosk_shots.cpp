// The kiosk at the two screens it is designed for, 1280 × 800 and 1920 × 1080: every button and
// the whole bank of faders lie inside the screen on every page, the PIN pad included, and each
// page is saved as a PNG to look at. The pictures go to $OSCALIS_SHOTS_DIR when it is set (run it
// under xvfb-run with QT_QPA_PLATFORM=xcb for the real fonts), else to a temporary folder.
#include "KioskRig.h"

#include "ui/kiosk/MemberPage.h"

#include <QAbstractButton>

using namespace oscalis;
using namespace oscalis::test;
using ui::kiosk::KioskWindow;

class TestGuiKioskShots : public QObject {
    Q_OBJECT

    QTemporaryDir m_temp;
    QString m_folder;

    /// Every visible button and strip of the kiosk lies inside its window.
    static QString outside(KioskWindow& kiosk) {
        QStringList out;
        const QRect screen = kiosk.rect();
        for (QWidget* w : kiosk.findChildren<QWidget*>()) {
            if (!w->isVisible() ||
                !(qobject_cast<QAbstractButton*>(w) || qobject_cast<ui::ChannelStrip*>(w)))
                continue;
            const QRect r(w->mapTo(&kiosk, QPoint(0, 0)), w->size());
            if (!screen.contains(r))
                out << QStringLiteral("%1 at %2,%3 %4×%5")
                           .arg(w->objectName())
                           .arg(r.x())
                           .arg(r.y())
                           .arg(r.width())
                           .arg(r.height());
        }
        return out.join(QStringLiteral("; "));
    }

    bool save(KioskWindow& kiosk, const QString& name) {
        QCoreApplication::processEvents();
        const QImage shot = kiosk.grab().toImage();
        return shot.size() == kiosk.size() &&
               shot.save(QDir(m_folder).filePath(name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase() {
        useTestSettings();
        m_folder = qEnvironmentVariable("OSCALIS_SHOTS_DIR");
        if (m_folder.isEmpty())
            m_folder = m_temp.path();
        QVERIFY(QDir().mkpath(m_folder));
    }

    void everyPageFitsTheScreen_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void everyPageFitsTheScreen() {
        QFETCH(QSize, size);
        KioskRig rig;
        QVERIFY(rig.start(size));
        KioskWindow& kiosk = *rig.kiosk;
        const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        // The bank follows the width (8 strips or more); wait until REAPER has sent it.
        QTRY_VERIFY(rig.session.track(1) && !rig.session.track(1)->name.isEmpty());
        rig.link->play();
        QTest::qWait(400); // meters and time move
        QTRY_COMPARE(rig.session.bankSize(), kiosk.mixer()->fittingStripCount());
        QCOMPARE(kiosk.mixer()->stripCount(), rig.session.bankSize());

        QCOMPARE(outside(kiosk), QString());
        QVERIFY(save(kiosk, QStringLiteral("kiosk-%1-mixer").arg(tag)));

        kiosk.showPage(KioskWindow::TodayPage);
        QCOMPARE(outside(kiosk), QString());
        QVERIFY(save(kiosk, QStringLiteral("kiosk-%1-now").arg(tag)));

        kiosk.showPage(KioskWindow::MePage);
        QCOMPARE(outside(kiosk), QString());
        QVERIFY(save(kiosk, QStringLiteral("kiosk-%1-me").arg(tag)));
        rig.tap(kiosk.memberPage()->memberButton(rig.bob.userId));
        QCOMPARE(outside(kiosk), QString());
        QVERIFY(save(kiosk, QStringLiteral("kiosk-%1-pin").arg(tag)));
        rig.typePin(kBobPin);
        QVERIFY(kiosk.memberPage()->member());
        QCOMPARE(outside(kiosk), QString());
        QVERIFY(save(kiosk, QStringLiteral("kiosk-%1-member").arg(tag)));

        kiosk.showPage(KioskWindow::MixerPage);
        rig.link->record();
        QTRY_VERIFY(rig.session.transport().recording);
        QVERIFY(save(kiosk, QStringLiteral("kiosk-%1-recording").arg(tag)));
        rig.link->stop();
    }
};

QTEST_MAIN(TestGuiKioskShots)
#include "test_gui_kiosk_shots.moc"
