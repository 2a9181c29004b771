#include "ui/band/SongDialog.h"

#include "ui/band/Durations.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace oscalis::ui::band {

namespace {
QLineEdit* line(QWidget* parent, const char* name, const QString& text) {
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}
QPlainTextEdit* block(QWidget* parent, const char* name, const QString& text) {
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setFixedHeight(64);
    return edit;
}
} // namespace

SongDialog::SongDialog(const store::Song& song, Save save, QWidget* parent)
    : FormDialog(song.id ? tr("Edit the song") : tr("Add a song"), parent), m_song(song),
      m_save(std::move(save)) {
    setObjectName(QStringLiteral("songDialog"));
    m_title = line(this, "title", song.title);
    m_artist = line(this, "artist", song.artist);
    m_key = line(this, "key", song.musicalKey);
    m_key->setPlaceholderText(tr("Am, F#…"));
    m_tempo = new QSpinBox(this);
    m_tempo->setObjectName(QStringLiteral("tempo"));
    m_tempo->setRange(0, 400);
    m_tempo->setSpecialValueText(tr("unknown"));
    m_tempo->setSuffix(tr(" BPM"));
    m_tempo->setValue(song.tempoBpm.value_or(0));
    m_duration =
        line(this, "duration", song.durationS ? formatDuration(*song.durationS) : QString());
    m_duration->setPlaceholderText(tr("m:ss, e.g. 3:45"));
    m_notes = block(this, "notes", song.notes);
    m_links = block(this, "links", song.links);
    m_links->setPlaceholderText(tr("One link per line"));
    m_region = line(this, "reaperRegion", song.reaperRegion);
    m_region->setPlaceholderText(tr("Name of the song's region in REAPER"));
    form()->addRow(tr("Title"), m_title);
    form()->addRow(tr("Artist"), m_artist);
    form()->addRow(tr("Key"), m_key);
    form()->addRow(tr("Tempo"), m_tempo);
    form()->addRow(tr("Duration"), m_duration);
    form()->addRow(tr("Notes"), m_notes);
    form()->addRow(tr("Links"), m_links);
    form()->addRow(tr("REAPER region"), m_region);
    okButton()->setText(song.id ? tr("Save") : tr("Add the song"));
}

store::Song SongDialog::song() const {
    store::Song s = m_song;
    s.title = m_title->text().trimmed();
    s.artist = m_artist->text().trimmed();
    s.musicalKey = m_key->text().trimmed();
    s.tempoBpm = m_tempo->value() > 0 ? std::optional<int>(m_tempo->value()) : std::nullopt;
    s.durationS = parseDuration(m_duration->text());
    s.notes = m_notes->toPlainText().trimmed();
    s.links = m_links->toPlainText().trimmed();
    s.reaperRegion = m_region->text().trimmed();
    return s;
}

store::Status SongDialog::submit() {
    const store::Song s = song();
    if (s.durationS && *s.durationS < 0)
        return store::Error::invalid(
            tr("Write the duration as minutes:seconds, for example 3:45."));
    return m_save(s);
}

} // namespace oscalis::ui::band
