// The start-up benchmark's baseline: the least a Qt Widgets program does before its first
// frame (QApplication, one empty top-level QWidget shown). Reports its first paint with the
// same reporter as `oscalis --exit-after-first-paint`, then quits.

#include "app/FirstPaintReporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QWidget>

int main(int argc, char** argv) {
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QWidget window;
    new oscalis::app::FirstPaintReporter(&window, sinceMain, true);
    window.resize(640, 400);
    window.show();
    return QApplication::exec();
}
