#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace oscalis::auth {
class KioskPins;
}
namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper
namespace oscalis::store {
class Database;
}

namespace oscalis::ui {
class MixerView;
namespace band {
class Stage;
}
} // namespace oscalis::ui

namespace oscalis::ui::kiosk {

class IdleWatch;
class KioskLock;
class KioskTransport;
class MemberPage;
class NowPage;
class PinPad;
class ScreenAwake;

/// The touchscreen kiosk (`oscalis --kiosk`): full screen, frameless, no cursor. On top the
/// pages (Mixer, Now, Me), who is using it, and the lock: a LOCKED banner, Unlock / Lock,
/// Settings and Leave kiosk (both need the administrator's PIN). Below, the big transport
/// (KioskTransport) and the page: the finger-sized mixer (MixerView in its touch layout; swipe
/// sideways to change bank, tap a name to select the track), the Now page and the Me page. The
/// PIN pad comes over everything. Escape, Alt+F4 and closing are refused; after a few idle
/// minutes the member's view ends, the kiosk locks again and the mixer comes back. The screen
/// stays on while REAPER plays or records (ScreenAwake).
/// Owner: the composition root; borrows the Session, the Link and (attachBand) the band's
/// database, Stage and PINs; GUI thread only.
class KioskWindow : public QWidget {
    Q_OBJECT
public:
    /// QSettings: start in kiosk mode (bool), the idle minutes (int) and the band shown (id).
    static constexpr const char* kStartKey = "kiosk/startInKiosk";
    static constexpr const char* kIdleMinutesKey = "kiosk/idleMinutes";
    static constexpr const char* kBandKey = "kiosk/band";
    enum Page { MixerPage, TodayPage, MePage };

    KioskWindow(reaper::Session& session, reaper::Link& link, QWidget* parent = nullptr);
    ~KioskWindow() override;

    /// Adds the Now and Me pages for bandId and lets the PINs unlock. Call once.
    void attachBand(store::Database& db, qint64 bandId, band::Stage* stage, auth::KioskPins& pins);
    /// Full screen, frameless, with the cursor hidden.
    void showKiosk();
    /// Hides the kiosk (after leaveRequested was granted) and gives the cursor back.
    void leave();
    void showPage(Page page);
    Page currentPage() const;

    KioskLock& lock() const { return *m_lock; }
    PinPad* pinPad() const { return m_pinPad; }
    KioskTransport* transport() const { return m_transport; }
    MixerView* mixer() const { return m_mixer; }
    NowPage* nowPage() const { return m_now; }
    MemberPage* memberPage() const { return m_member; }
    IdleWatch& idleWatch() const { return *m_idle; }
    ScreenAwake& screenAwake() const { return *m_awake; }
    /// "LOCKED", or who unlocked it.
    QString bannerText() const;
    QPushButton* pageButton(Page page) const { return m_pageButtons[page]; }
    QPushButton* lockButton() const { return m_lockButton; }
    QPushButton* settingsButton() const { return m_settings; }
    QPushButton* leaveButton() const { return m_leave; }
    /// Who is using the kiosk: "Band" or the member's name.
    QString userText() const;

Q_SIGNALS:
    /// The administrator's PIN was given to leave kiosk mode.
    void leaveRequested();
    /// The administrator's PIN was given to open the settings.
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPushButton* topButton(const QString& text, const char* name);
    void updateLockLook();
    void updateUser();
    void onPinSubmitted(const QString& pin);
    void returnToBand();

    reaper::Session& m_session;
    reaper::Link& m_link;
    auth::KioskPins* m_pins = nullptr;
    KioskLock* m_lock = nullptr;
    IdleWatch* m_idle = nullptr;
    ScreenAwake* m_awake = nullptr;
    KioskTransport* m_transport = nullptr;
    MixerView* m_mixer = nullptr;
    NowPage* m_now = nullptr;
    MemberPage* m_member = nullptr;
    QStackedWidget* m_stack = nullptr;
    PinPad* m_pinPad = nullptr;
    QPushButton* m_pageButtons[3] = {};
    QLabel* m_user = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_lockButton = nullptr;
    QPushButton* m_settings = nullptr;
    QPushButton* m_leave = nullptr;
    qint64 m_identifying = 0; ///< the member whose PIN the pad asks for (0: the lock's)
    bool m_leaving = false;
    bool m_cursorHidden = false;
};

} // namespace oscalis::ui::kiosk
