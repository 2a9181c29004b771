#pragma once

#include "ui/kiosk/TodayPlan.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace oscalis::reaper {
class Session;
}
namespace oscalis::ui::band {
class Stage;
}

namespace oscalis::ui::kiosk {

class KioskLock;

/// The kiosk's "Now" page: today's gig or rehearsal (TodayPlan), the current and the next song
/// in big letters, "Previous" / "Next song", and "Go to the song in REAPER", which moves REAPER
/// to the song's linked region (reaper::SetlistNavigator, through the Stage, which also notes
/// the song for the rehearsal takes). Below, the current song's notes; deleting one needs the
/// administrator (KioskLock). While REAPER records, nothing here moves it.
/// Owner: the KioskWindow; borrows the Database, the Stage (may be null), the Session and the
/// lock; GUI thread only.
class NowPage : public QWidget {
    Q_OBJECT
public:
    NowPage(store::Database& db, qint64 bandId, band::Stage* stage, reaper::Session& session,
            KioskLock& lock, QWidget* parent = nullptr);

    /// Reads today's plan again (the date may have changed, or the band's data).
    void reload();
    const TodayPlan& plan() const { return m_plan; }
    /// The song shown as current (-1: none).
    int currentRow() const { return m_row; }
    /// The current song's id (0: none), for the member page.
    qint64 currentSongId() const;
    QString currentSongTitle() const;
    QString nextSongText() const;
    QString message() const;
    QPushButton* goButton() const { return m_go; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* deleteNoteButton() const { return m_deleteNote; }
    QListWidget* notes() const { return m_notes; }

public Q_SLOTS:
    void goToSong();
    void nextSong();
    void previousSong();
    /// Deletes the selected note, once the administrator's PIN is given.
    void deleteNote();

Q_SIGNALS:
    /// Another song became current.
    void currentSongChanged(qint64 songId);

private:
    void setRow(int row);
    void chose(int row);
    void showSong();
    void loadNotes();
    void updateButtons();

    store::Database& m_db;
    qint64 m_bandId;
    band::Stage* m_stage;
    reaper::Session& m_session;
    KioskLock& m_lock;
    TodayPlan m_plan;
    int m_row = -1;
    QLabel* m_heading = nullptr;
    QLabel* m_now = nullptr;
    QLabel* m_nextTitle = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_go = nullptr;
    QPushButton* m_next = nullptr;
    QListWidget* m_notes = nullptr;
    QPushButton* m_deleteNote = nullptr;
};

} // namespace oscalis::ui::kiosk
