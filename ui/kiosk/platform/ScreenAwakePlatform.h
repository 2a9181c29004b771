#pragma once

#include <QString>

#include <memory>

namespace oscalis::ui::kiosk {

/// The operating system's way to keep the screen on. One implementation per platform, each in
/// its own file beside this header (ScreenAwake_linux.cpp: the freedesktop ScreenSaver
/// interface over D-Bus; ScreenAwake_windows.cpp: SetThreadExecutionState;
/// ScreenAwake_macos.cpp: an IOKit power assertion); the build compiles the one for its
/// platform. Owner: ScreenAwake; GUI thread only.
class ScreenAwakePlatform {
public:
    ScreenAwakePlatform();
    ~ScreenAwakePlatform();
    ScreenAwakePlatform(const ScreenAwakePlatform&) = delete;
    ScreenAwakePlatform& operator=(const ScreenAwakePlatform&) = delete;

    /// Asks the system not to blank the screen; false (and lastError()) when it cannot.
    bool inhibit(const QString& reason);
    /// Lets the screen blank again.
    void release();
    QString lastError() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace oscalis::ui::kiosk
