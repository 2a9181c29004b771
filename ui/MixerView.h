#pragma once

#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <vector>

class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper

namespace oscalis::ui {

class ChannelStrip;
class TransportButton;

/// The mixer: bank navigation ("Tracks 9–16"), one ChannelStrip per bank slot in a horizontally
/// scrolling row, and the master strip at the right. Keeps the strip count equal to the Session's
/// bank size, routes Session::trackChanged to the right strip, and in "fit to window" mode asks
/// the Link for as many strips as fit (8..64, debounced). Owned by the MainWindow; GUI thread.
class MixerView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMinFitStrips = 8;
    static constexpr int kMaxFitStrips = 64;
    static constexpr int kFitDebounceMs = 150;

    MixerView(reaper::Session& session, reaper::Link& link, QWidget* parent = nullptr);

    /// Slot 0: the master; 1..bankSize(): the bank. nullptr when out of range.
    ChannelStrip* strip(int slot) const;
    int stripCount() const { return int(m_strips.size()); }
    QString bankText() const;

    /// The kiosk's finger-sized mixer: touch-layout strips (ChannelStrip::setTouchLayout) and
    /// 64-px bank buttons; fitting counts touch-width strips. For good, from now on.
    void setTouchLayout();
    /// The widget holding the bank's strips (the kiosk watches it for swipes).
    QWidget* stripsArea() const { return m_stripsArea; }
    TransportButton* previousBankButton() const { return m_previousBank; }
    TransportButton* nextBankButton() const { return m_nextBank; }

    void setFitToWindow(bool fit);
    bool fitsToWindow() const { return m_fit; }
    /// How many strips fit the current width, clamped to 8..64.
    int fittingStripCount() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void syncStripCount();
    void onTrackChanged(int slot, std::uint32_t fields);
    void updateBankLabel();
    void applyFit();

    reaper::Session& m_session;
    reaper::Link& m_link;
    QLabel* m_bankLabel = nullptr;
    TransportButton* m_previousBank = nullptr;
    TransportButton* m_nextBank = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_stripsArea = nullptr;
    QHBoxLayout* m_stripsRow = nullptr;
    ChannelStrip* m_master = nullptr;
    std::vector<ChannelStrip*> m_strips; ///< index slot-1
    QTimer m_fitTimer;
    bool m_fit = false;
    bool m_touch = false;
};

} // namespace oscalis::ui
