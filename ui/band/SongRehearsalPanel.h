#pragma once

#include "store/Result.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace oscalis::ui::band {

class AudioNotesPanel;
class BandContext;

/// One song's rehearsal side: who changed their mastery to what and when (newest first), the
/// written notes ("watch the bridge, bar 32") with add and remove (one's own, or any for those the
/// permission table lets delete notes), and the recorded voice notes (AudioNotesPanel).
/// GUI thread; owned by RehearsalsPage.
class SongRehearsalPanel : public QWidget {
    Q_OBJECT
public:
    using Report = std::function<bool(const store::Status&)>;
    SongRehearsalPanel(BandContext& context, Report report, QWidget* parent = nullptr);

    /// Shows songId (0: nothing); names gives members' names by user id, for the notes' authors.
    void setSong(qint64 songId, const QString& title, const QHash<qint64, QString>& names);
    qint64 song() const { return m_song; }

    QTableWidget* history() const { return m_history; }
    QListWidget* notes() const { return m_notes; }
    QLineEdit* noteEdit() const { return m_noteEdit; }
    AudioNotesPanel* audioNotes() const { return m_audio; }

public Q_SLOTS:
    /// Adds the typed note; true when it was saved.
    bool addNote();
    void removeNote();
    /// Reads the history and the notes again.
    void refresh();

private:
    void updateButtons();

    BandContext& m_context;
    Report m_report;
    qint64 m_song = 0;
    QHash<qint64, QString> m_names;
    QLabel* m_title = nullptr;
    QTableWidget* m_history = nullptr;
    QListWidget* m_notes = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    AudioNotesPanel* m_audio = nullptr;
};

} // namespace oscalis::ui::band
