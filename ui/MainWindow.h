#pragma once

#include "ui/web/JoinInfo.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <vector>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace oscalis::reaper {
class Link;
class ProjectWatcher;
class Session;
} // namespace oscalis::reaper

namespace oscalis::ui {

namespace band {
class BandBar;
class BandContext;
class BandPage;
} // namespace band

class ChatBanner;
class ChatGateway;
class ChatNotifier;
class ConnectionIndicator;
class InvitePanel;
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

    /// Adds the band pages (Chat when chat is given, Songs, Rehearsals, Calendar, Gigs, Members,
    /// Activity log) beside the mixer, with a navigation list on the left and the band switcher
    /// and the signed-in user in a toolbar, and the database's backup and restore entries in the
    /// menu (administrators). With chat, the Chat entry shows the unread count, and mentions and
    /// direct messages that arrive while the chat is out of view are notified.
    /// Without it (no database) the window is the mixer alone. Call once; chat must outlive the
    /// window.
    void attachBand(band::BandContext& context, ChatGateway* chat = nullptr);
    /// The navigation list (row 0 is the mixer); null before attachBand().
    QListWidget* navigation() const { return m_nav; }
    /// The band page whose objectName is name ("songsPage"...), or null (also before the
    /// page was first shown: pages are built on first visit).
    band::BandPage* bandPage(const QString& name) const;
    band::BandBar* bandBar() const { return m_bandBar; }
    /// How bandmates reach the web server, for "Invite bandmates…" (empty: the server is off).
    /// An open panel shows the new addresses at once.
    void setJoinInfo(const JoinInfo& info);
    /// The "Invite bandmates" panel while it is open, or null.
    InvitePanel* invitePanel() const;
    /// The strip that tells about a mention or a direct message when there is no system tray.
    ChatBanner* chatBanner() const { return m_chatBanner; }
    /// Null unless attachBand() was given a chat.
    ChatNotifier* chatNotifier() const { return m_chatNotifier; }
    /// The navigation row of the Chat page (-1: none).
    int chatRow() const { return m_chatRow; }

public Q_SLOTS:
    /// Opens the settings dialog; on OK saves the settings with QSettings and applies them.
    void editSettings();
    /// Opens "Set my kiosk PIN…" (needs someone signed in).
    void setKioskPin();
    /// Opens "Install REAPER integration…".
    void installReaperIntegration();
    /// Opens "Invite bandmates…": join addresses, QR codes with the invite code, fingerprint.
    void inviteBandmates();
    /// Opens "Signed-in browsers…" (needs a database and someone signed in).
    void showSessions();
    /// Brings the window forward on the Chat page, showing roomId (0: the room it had).
    void openChat(qint64 roomId);

Q_SIGNALS:
    /// A browser session was ended in "Signed-in browsers…" (the web server closes its sockets).
    void browserSessionEnded(qint64 sessionId);

private:
    using PageFactory = std::function<QWidget*()>;
    /// Shows navigation row `row`, building its page on first use.
    void showPage(int row);
    /// The page of navigation row `row`, built now if it was not yet.
    QWidget* ensurePage(int row);
    void addShortcut(const QString& objectName, const QKeySequence& key,
                     void (MainWindow::*slot)());
    void createMenu();
    void playOrStop();
    void record();
    void toggleLoop();
    void previousBank();
    void nextBank();
    void updateScriptStatus();
    void attachChat(band::BandContext& context, ChatGateway& chat);
    void showChatBadge(qint64 unread, bool attention);

    reaper::Session& m_session;
    reaper::Link& m_link;
    TransportBar* m_transport = nullptr;
    MixerView* m_mixer = nullptr;
    ConnectionIndicator* m_indicator = nullptr;
    QLabel* m_scriptStatus = nullptr;
    reaper::ProjectWatcher* m_watcher = nullptr;
    QStackedWidget* m_stack = nullptr;
    QHBoxLayout* m_pagesRow = nullptr; ///< navigation (once there is a band) and the page stack
    std::vector<PageFactory> m_pageFactories; ///< per navigation row; empty once built
    QListWidget* m_nav = nullptr;
    band::BandBar* m_bandBar = nullptr;
    band::BandContext* m_band = nullptr;
    JoinInfo m_joinInfo;
    QPointer<InvitePanel> m_invitePanel;
    QAction* m_sessionsAction = nullptr;
    QAction* m_kioskPinAction = nullptr;
    ChatBanner* m_chatBanner = nullptr;
    ChatNotifier* m_chatNotifier = nullptr;
    int m_chatRow = -1;
};

} // namespace oscalis::ui
