#include "app/FirstPaintReporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace oscalis::app {

FirstPaintReporter::FirstPaintReporter(QObject* window, const QElapsedTimer& sinceMain, bool quit)
    : QObject(window), m_sinceMain(sinceMain), m_quit(quit) {
    window->installEventFilter(this);
}

bool FirstPaintReporter::eventFilter(QObject* watched, QEvent* event) {
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Report once the paint has been handled, i.e. the frame is drawn.
        QTimer::singleShot(0, this, [this] {
            QElapsedTimer now;
            now.start();
            std::printf("first-paint: %.2f ms after main(); monotonic %lld ms\n",
                        double(m_sinceMain.nsecsElapsed()) / 1e6,
                        qint64(now.msecsSinceReference()));
            std::fflush(stdout);
            if (m_quit)
                QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace oscalis::app
