#pragma once

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

/// One mixer strip for a bank slot (slot 0: the master, without mute/solo/arm): a header that
/// selects the track, pan, REAPER's dB text, fader and stereo meter, and the toggles. Shows the
/// Session's state (updated by applyTrack with the changed fields only) and sends the user's
/// moves through the Link. Owned by the MixerView; GUI thread only.
class ChannelStrip : public QFrame {
    Q_OBJECT
public:
    static constexpr int kWidth = 80;

    ChannelStrip(int slot, reaper::Session& session, reaper::Link& link, QWidget* parent = nullptr);

    int slot() const { return m_slot; }
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

private:
    QPushButton* makeToggle(const QString& objectName, const QString& text, const QString& tip);
    void updateHeader(const reaper::TrackState& t);
    void updateVolumeText();
    void setSelectedLook(bool selected);

    int m_slot;
    reaper::Session& m_session;
    reaper::Link& m_link;
    QPushButton* m_header = nullptr;
    PanControl* m_pan = nullptr;
    QLabel* m_volumeText = nullptr;
    Fader* m_fader = nullptr;
    PeakMeter* m_meter = nullptr;
    QPushButton* m_mute = nullptr;
    QPushButton* m_solo = nullptr;
    QPushButton* m_arm = nullptr;
};

} // namespace oscalis::ui
