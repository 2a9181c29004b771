#pragma once

#include "store/Song.h"
#include "ui/band/FormDialog.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace oscalis::ui::band {

class BandContext;

/// Adds or edits one song: title, artist, key, tempo, duration (m:ss), notes, links, and its
/// region in the REAPER project, picked from the project's regions when Oscalis knows them
/// (typing a name stays possible, for a project not open now). An existing song also lists its
/// rehearsal takes (name, date, place on the timeline, file). OK hands the song to the save
/// function (the page calls SongRepository) and stays open on an error.
/// GUI thread; owned by its parent.
class SongDialog : public FormDialog {
    Q_OBJECT
public:
    using Save = std::function<store::Status(const store::Song&)>;
    /// With `context`, the region picker lists REAPER's regions and the takes are shown.
    SongDialog(const store::Song& song, Save save, QWidget* parent = nullptr,
               BandContext* context = nullptr);

    QComboBox* regionPicker() const { return m_region; }
    /// The takes table; null for a new song or without a context.
    QTableWidget* takes() const { return m_takes; }

    /// The song as typed so far.
    store::Song song() const;

protected:
    store::Status submit() override;

private:
    void fillRegions();
    void addTakes(BandContext& context);

    store::Song m_song;
    Save m_save;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_artist = nullptr;
    QLineEdit* m_key = nullptr;
    QSpinBox* m_tempo = nullptr;
    QLineEdit* m_duration = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_links = nullptr;
    QComboBox* m_region = nullptr;
    QTableWidget* m_takes = nullptr;
    BandContext* m_context = nullptr;
};

} // namespace oscalis::ui::band
