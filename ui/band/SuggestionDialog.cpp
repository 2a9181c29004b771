#include "ui/band/SuggestionDialog.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace oscalis::ui::band {

SuggestionDialog::SuggestionDialog(qint64 bandId, Save save, QWidget* parent)
    : FormDialog(tr("Suggest a song"), parent), m_bandId(bandId), m_save(std::move(save)) {
    setObjectName(QStringLiteral("suggestionDialog"));
    setIntro(tr("The band votes on suggestions; a leader turns the favourites into songs."));
    const auto make = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_title = make("title");
    m_artist = make("artist");
    m_link = make("link");
    m_link->setPlaceholderText(tr("Where to listen to it"));
    m_note = make("note");
    m_note->setPlaceholderText(tr("Why this one?"));
    form()->addRow(tr("Title"), m_title);
    form()->addRow(tr("Artist"), m_artist);
    form()->addRow(tr("Link"), m_link);
    form()->addRow(tr("Note"), m_note);
    okButton()->setText(tr("Suggest"));
}

store::Status SuggestionDialog::submit() {
    store::Suggestion s;
    s.bandId = m_bandId;
    s.title = m_title->text().trimmed();
    s.artist = m_artist->text().trimmed();
    s.link = m_link->text().trimmed();
    s.note = m_note->text().trimmed();
    return m_save(s);
}

} // namespace oscalis::ui::band
