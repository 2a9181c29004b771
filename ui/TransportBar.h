#pragma once

#include <QWidget>

class QLabel;

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper

namespace oscalis::ui {

class MarkerPicker;
class TransportButton;

/// REAPER's transport: rewind (hold), stop, play, pause, record, loop and click toggles, the
/// time and beat displays, tempo, the current marker and region, and marker stepping. Shows the
/// Session's transport and markers; sends through the Link. Owned by the MainWindow; GUI thread.
class TransportBar : public QWidget {
    Q_OBJECT
public:
    TransportBar(reaper::Session& session, reaper::Link& link, QWidget* parent = nullptr);

    /// Space: stop when playing (or recording), else play.
    void playOrStop();

    QString timeText() const;
    QString beatText() const;
    QString tempoText() const;
    QString markerText() const;
    MarkerPicker* markerPicker() const { return m_marker; }
    MarkerPicker* regionPicker() const { return m_region; }
    TransportButton* playButton() const { return m_play; }
    TransportButton* recordButton() const { return m_record; }

private:
    TransportButton* addButton(int glyph, const QString& objectName, const QString& tip);
    void updateTransport();

    reaper::Session& m_session;
    reaper::Link& m_link;
    TransportButton* m_rewind = nullptr;
    TransportButton* m_forward = nullptr;
    TransportButton* m_stop = nullptr;
    TransportButton* m_play = nullptr;
    TransportButton* m_pause = nullptr;
    TransportButton* m_record = nullptr;
    TransportButton* m_loop = nullptr;
    TransportButton* m_click = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_beats = nullptr;
    QLabel* m_tempo = nullptr;
    MarkerPicker* m_marker = nullptr;
    MarkerPicker* m_region = nullptr;
    bool m_recordingLook = false;
};

} // namespace oscalis::ui
