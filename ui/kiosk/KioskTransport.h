#pragma once

#include <QWidget>

class QLabel;

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper

namespace oscalis::ui {
class TransportButton;
}

namespace oscalis::ui::kiosk {

class HoldButton;
class KioskLock;

/// The kiosk's big transport: the time (large) and beat, previous / next marker, Stop, Play and
/// Record as 96 × 80 px targets. While REAPER records, Play, Record and the marker buttons are
/// off (each would end or move the take), and Stop must be held (HoldButton) and then needs the
/// administrator's PIN (KioskLock) unless the kiosk is unlocked.
/// Owner: the KioskWindow; borrows the Session, the Link and the lock; GUI thread only.
class KioskTransport : public QWidget {
    Q_OBJECT
public:
    KioskTransport(reaper::Session& session, reaper::Link& link, KioskLock& lock,
                   QWidget* parent = nullptr);

    TransportButton* playButton() const { return m_play; }
    TransportButton* recordButton() const { return m_record; }
    HoldButton* stopButton() const { return m_stop; }
    QString timeText() const;
    /// The line under the time: "Recording", "Hold Stop to end the recording"...
    QString hint() const;

private:
    void stop();
    void updateTransport();

    reaper::Session& m_session;
    reaper::Link& m_link;
    KioskLock& m_lock;
    QLabel* m_time = nullptr;
    QLabel* m_beats = nullptr;
    QLabel* m_hint = nullptr;
    TransportButton* m_previous = nullptr;
    TransportButton* m_next = nullptr;
    HoldButton* m_stop = nullptr;
    TransportButton* m_play = nullptr;
    TransportButton* m_record = nullptr;
    int m_shownState = -1; ///< 0 stopped, 1 playing, 2 recording
};

} // namespace oscalis::ui::kiosk
