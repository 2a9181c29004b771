#pragma once

#include <QMainWindow>

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper

namespace oscalis::ui {

/// The studio window: mixer, transport bar, connection indicator, settings.
/// GUI thread; does not own the Session or the Link.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(reaper::Session& session, reaper::Link& link, QWidget* parent = nullptr);
};

} // namespace oscalis::ui
