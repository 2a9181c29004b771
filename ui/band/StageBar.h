#pragma once

#include "reaper/SetlistNavigator.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace oscalis::ui::band {

class BandContext;
class SetlistEditor;
class Stage;

/// The setlist on stage, above the gig's setlist: "Go" sends REAPER to the selected song's
/// region, "Next song" to the next song that has one (messages say what was skipped), "Live"
/// starts live mode (a marker per song, each song timed; a song off the setlist can be played
/// too) and "Stop live" writes the played list back to the gig and shows it. "Played list…"
/// shows it again later. GUI thread; owned by GigsPage; borrows the Stage and the editor.
class StageBar : public QWidget {
    Q_OBJECT
public:
    StageBar(BandContext& context, Stage& stage, SetlistEditor& editor, QWidget* parent = nullptr);

    /// Shows gigId's setlist on stage (0: none).
    void setGig(qint64 gigId, const QString& gigName);
    /// The last message, in plain words.
    QString message() const;

public Q_SLOTS:
    void go();
    void nextSong();
    /// Starts live mode, or ends it and writes the played list back.
    void toggleLive();
    /// Live mode: plays the song chosen in the off-list chooser.
    void playOffList();
    void showPlayedList();
    /// Brings buttons and the current song mark up to date (after the setlist was reloaded).
    void refresh();

private:
    std::vector<reaper::SetlistStop> stops() const;
    /// Live mode is on for the gig shown.
    bool liveHere() const;
    /// Go / Next song's move within the setlist: applied, or its message shown when it went
    /// nowhere.
    void applyToSetlist(const reaper::SetlistNavigator::Move& move);
    void apply(const reaper::SetlistNavigator::Move& move, qint64 itemId, qint64 songId,
               const QString& title);
    void setMessage(const QString& text);
    void tick();

    BandContext& m_context;
    Stage& m_stage;
    SetlistEditor& m_editor;
    qint64 m_gig = 0;
    QString m_gigName;
    QPushButton* m_go = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_live = nullptr;
    QPushButton* m_playedList = nullptr;
    QComboBox* m_offList = nullptr;
    QPushButton* m_playOffList = nullptr;
    QWidget* m_liveRow = nullptr;
    QLabel* m_now = nullptr;
    QLabel* m_message = nullptr;
    QTimer m_clock;
};

} // namespace oscalis::ui::band
