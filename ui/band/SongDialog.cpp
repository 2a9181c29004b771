#include "ui/band/SongDialog.h"

#include "store/SongTakeRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/Durations.h"
#include "ui/band/Stage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

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

SongDialog::SongDialog(const store::Song& song, Save save, QWidget* parent, BandContext* context)
    : FormDialog(song.id ? tr("Edit the song") : tr("Add a song"), parent), m_song(song),
      m_save(std::move(save)), m_context(context) {
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
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("reaperRegion"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->lineEdit()->setPlaceholderText(tr("Name of the song's region in REAPER"));
    fillRegions();
    m_region->setEditText(song.reaperRegion);
    if (Stage* stage = context ? context->stage() : nullptr)
        connect(stage, &Stage::regionsChanged, this, &SongDialog::fillRegions);
    form()->addRow(tr("Title"), m_title);
    form()->addRow(tr("Artist"), m_artist);
    form()->addRow(tr("Key"), m_key);
    form()->addRow(tr("Tempo"), m_tempo);
    form()->addRow(tr("Duration"), m_duration);
    form()->addRow(tr("Notes"), m_notes);
    form()->addRow(tr("Links"), m_links);
    form()->addRow(tr("REAPER region"), m_region);
    if (context && song.id)
        addTakes(*context);
    okButton()->setText(song.id ? tr("Save") : tr("Add the song"));
}

void SongDialog::fillRegions() {
    const QString typed = m_region->currentText();
    const Stage* stage = m_context ? m_context->stage() : nullptr;
    const QStringList names = stage ? stage->regionNames() : QStringList();
    m_region->clear();
    m_region->addItem(QString()); // no region
    m_region->addItems(names);
    if (const int at = m_region->findText(typed, Qt::MatchExactly); at >= 0 && !typed.isEmpty())
        m_region->setCurrentIndex(at);
    else
        m_region->setEditText(typed);
    m_region->setToolTip(names.isEmpty()
                             ? tr("REAPER's regions show here while Oscalis is connected; you can "
                                  "type a region's name meanwhile.")
                             : tr("A region of REAPER's project “Go” and “Next song” move to."));
}

void SongDialog::addTakes(BandContext& context) {
    auto takes = store::SongTakeRepository(context.db()).forSong(m_song.id);
    if (!takes.ok() || takes->empty()) {
        auto* none = new QLabel(tr("None yet: what REAPER records during a rehearsal of this "
                                   "song shows here."),
                                this);
        none->setWordWrap(true);
        none->setStyleSheet(QStringLiteral("color: #9aa4ae;"));
        form()->addRow(tr("Takes"), none);
        return;
    }
    m_takes = new QTableWidget(0, 4, this);
    m_takes->setObjectName(QStringLiteral("songTakes"));
    m_takes->setHorizontalHeaderLabels({tr("Take"), tr("Recorded"), tr("In REAPER"), tr("File")});
    m_takes->verticalHeader()->setVisible(false);
    m_takes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_takes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_takes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_takes->setFixedHeight(140);
    m_takes->setTextElideMode(Qt::ElideMiddle); // a long path keeps its file name in sight
    m_takes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_takes->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    setMinimumWidth(860);
    for (const store::SongTake& t : *takes) {
        const int row = m_takes->rowCount();
        m_takes->insertRow(row);
        const QDateTime when = QDateTime::fromString(t.recordedAt, Qt::ISODateWithMs).toLocalTime();
        const QString cells[] = {t.name, QLocale().toString(when, QLocale::ShortFormat),
                                 tr("%1–%2").arg(formatDuration(qint64(t.startSeconds)),
                                                 formatDuration(qint64(t.endSeconds))),
                                 QDir::toNativeSeparators(t.path)};
        for (int c = 0; c < 4; ++c) {
            auto* cell = new QTableWidgetItem(cells[c]);
            cell->setToolTip(QDir::toNativeSeparators(t.path));
            m_takes->setItem(row, c, cell);
        }
    }
    form()->addRow(tr("Takes"), m_takes);
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
    s.reaperRegion = m_region->currentText().trimmed();
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
