#include "ui/MainWindow.h"

namespace oscalis::ui {

MainWindow::MainWindow(reaper::Session&, reaper::Link&, QWidget* parent) : QMainWindow(parent) {}

} // namespace oscalis::ui
