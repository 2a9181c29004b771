#pragma once

#include "store/Event.h"
#include "store/Song.h"
#include "ui/band/FormDialog.h"

#include <functional>
#include <vector>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace oscalis::ui::band {

/// Plans a rehearsal: title, date, time, duration, place, the date by which members should answer,
/// and the agenda (songs ticked from the band's repertoire, in the repertoire's order).
/// GUI thread; owned by its parent.
class RehearsalDialog : public FormDialog {
    Q_OBJECT
public:
    using Save = std::function<store::Status(const store::Event&)>;
    RehearsalDialog(const store::Event& event, const std::vector<store::Song>& songs, Save save,
                    QWidget* parent = nullptr);

    store::Event event() const;
    QListWidget* agenda() const { return m_agenda; }
    /// Ticks or unticks songId on the agenda; false if it is not listed.
    bool tickSong(qint64 songId, bool on = true);

protected:
    store::Status submit() override;

private:
    store::Event m_event;
    Save m_save;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_place = nullptr;
    QCheckBox* m_hasReplyBy = nullptr;
    QDateEdit* m_replyBy = nullptr;
    QListWidget* m_agenda = nullptr;
};

} // namespace oscalis::ui::band
