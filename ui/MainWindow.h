#pragma once

#include <QMainWindow>

class QLabel;

namespace oscalis::reaper {
class Link;
class ProjectWatcher;
class Session;
} // namespace oscalis::reaper

namespace oscalis::ui {

class ConnectionIndicator;
class MixerView;
class TransportBar;

/// The studio window: transport bar, mixer, connection indicator, the REAPER script's status,
/// settings, "Install REAPER integration…", and the keyboard
/// shortcuts (Space play/stop, R record, L loop, Left/Right banks) that work wherever the focus
/// is. Applies the dark theme on construction. GUI thread; does not own the Session or the Link.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// QSettings key of the "fit the bank to the window" choice (default on).
    static constexpr const char* kFitKey = "ui/fitBankToWindow";

    MainWindow(reaper::Session& session, reaper::Link& link, QWidget* parent = nullptr);

    MixerView* mixer() const { return m_mixer; }
    TransportBar* transportBar() const { return m_transport; }
    ConnectionIndicator* connectionIndicator() const { return m_indicator; }
    /// The status-bar line about the REAPER script (its version, or what went wrong reading it).
    QLabel* scriptStatus() const { return m_scriptStatus; }
    /// Shows the watcher's warnings and re-points it when the user installs into another folder.
    void setProjectWatcher(reaper::ProjectWatcher& watcher);

public Q_SLOTS:
    /// Opens the settings dialog; on OK saves the settings with QSettings and applies them.
    void editSettings();
    /// Opens "Install REAPER integration…".
    void installReaperIntegration();

private:
    void addShortcut(const QString& objectName, const QKeySequence& key,
                     void (MainWindow::*slot)());
    void createMenu();
    void playOrStop();
    void record();
    void toggleLoop();
    void previousBank();
    void nextBank();
    void updateScriptStatus();

    reaper::Session& m_session;
    reaper::Link& m_link;
    TransportBar* m_transport = nullptr;
    MixerView* m_mixer = nullptr;
    ConnectionIndicator* m_indicator = nullptr;
    QLabel* m_scriptStatus = nullptr;
    reaper::ProjectWatcher* m_watcher = nullptr;
};

} // namespace oscalis::ui
