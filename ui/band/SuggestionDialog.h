#pragma once

#include "store/Suggestion.h"
#include "ui/band/FormDialog.h"

#include <functional>

class QLineEdit;

namespace oscalis::ui::band {

/// Proposes a song for the band to vote on: title, artist, a link to listen to it, a note.
/// GUI thread; owned by its parent.
class SuggestionDialog : public FormDialog {
    Q_OBJECT
public:
    using Save = std::function<store::Status(const store::Suggestion&)>;
    SuggestionDialog(qint64 bandId, Save save, QWidget* parent = nullptr);

protected:
    store::Status submit() override;

private:
    qint64 m_bandId;
    Save m_save;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_artist = nullptr;
    QLineEdit* m_link = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace oscalis::ui::band
