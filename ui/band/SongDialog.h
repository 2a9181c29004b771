#pragma once

#include "store/Song.h"
#include "ui/band/FormDialog.h"

#include <functional>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace oscalis::ui::band {

/// Adds or edits one song: title, artist, key, tempo, duration (m:ss), notes, links, and the name
/// of its region in the REAPER project. OK hands the song to the save function (the page calls
/// SongRepository) and stays open on an error. GUI thread; owned by its parent.
class SongDialog : public FormDialog {
    Q_OBJECT
public:
    using Save = std::function<store::Status(const store::Song&)>;
    SongDialog(const store::Song& song, Save save, QWidget* parent = nullptr);

    /// The song as typed so far.
    store::Song song() const;

protected:
    store::Status submit() override;

private:
    store::Song m_song;
    Save m_save;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_artist = nullptr;
    QLineEdit* m_key = nullptr;
    QSpinBox* m_tempo = nullptr;
    QLineEdit* m_duration = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_links = nullptr;
    QLineEdit* m_region = nullptr;
};

} // namespace oscalis::ui::band
