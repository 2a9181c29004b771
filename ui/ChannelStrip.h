#pragma once

#include <QColor>
#include <QFrame>

#include <cstdint>

class QLabel;
class QPushButton;

namespace oscalis::reaper {
class Link;
class Session;
struct TrackState;
} // namespace oscalis::reaper

namespace oscalis::ui {

class Fader;
class PanControl;
class PeakMeter;

/// One mixer strip for a bank slot (slot 0: the master, without mute/solo/arm): a band in the
/// track's REAPER colour (when the ReaScript reports it), a header that selects the track (its
/// tooltip lists the instrument, FX and input), pan, REAPER's dB text, fader and stereo meter, and
/// the toggles. Shows the Session's state (updated by applyTrack with the changed fields only) and
/// sends the user's moves through the Link. Owned by the MixerView; GUI thread only.
class ChannelStrip : public QFrame {
    Q_OBJECT
public:
    static constexpr int kWidth = 80;
    /// The kiosk's strip width (ui/kiosk): room for a finger-wide fader cap.
    static constexpr int kTouchWidth = 128;

    ChannelStrip(int slot, reaper::Session& session, reaper::Link& link, QWidget* parent = nullptr);

    int slot() const { return m_slot; }
    /// The kiosk's finger-sized strip: wider, a 64-px header, a wide fader cap, larger text; no
    /// pan and no mute/solo/arm (too small for a finger, and arming belongs to the studio desk).
    void setTouchLayout();
    /// kWidth, or kTouchWidth after setTouchLayout().
    int stripWidth() const { return m_touch ? kTouchWidth : kWidth; }
    bool isMaster() const { return m_slot == 0; }
    /// Refreshes what `fields` (reaper::TrackField flags) say changed in the Session.
    void applyTrack(std::uint32_t fields);

    Fader* fader() const { return m_fader; }
    PeakMeter* meter() const { return m_meter; }
    PanControl* panControl() const { return m_pan; }
    QLabel* volumeLabel() const { return m_volumeText; }
    QPushButton* header() const { return m_header; }
    QPushButton* muteButton() const { return m_mute; }
    QPushButton* soloButton() const { return m_solo; }
    QPushButton* armButton() const { return m_arm; }
    /// The band above the header painted in REAPER's track colour (hidden when there is none).
    QWidget* colourBand() const { return m_colourBand; }
    /// REAPER's colour for this strip's track, from the ReaScript; invalid when unknown.
    QColor trackColour() const { return m_colour; }

private:
    QPushButton* makeToggle(const QString& objectName, const QString& text, const QString& tip);
    void updateHeader(const reaper::TrackState& t);
    void updateProjectInfo(const reaper::TrackState& t);
    void updateVolumeText();
    void setSelectedLook(bool selected);

    int m_slot;
    reaper::Session& m_session;
    reaper::Link& m_link;
    QWidget* m_colourBand = nullptr;
    QColor m_colour;
    QPushButton* m_header = nullptr;
    PanControl* m_pan = nullptr;
    QLabel* m_volumeText = nullptr;
    Fader* m_fader = nullptr;
    PeakMeter* m_meter = nullptr;
    QPushButton* m_mute = nullptr;
    QPushButton* m_solo = nullptr;
    QPushButton* m_arm = nullptr;
    QWidget* m_masterSpacer = nullptr;
    bool m_touch = false;
};

} // namespace oscalis::ui
