#include "ui/TransportBar.h"

#include "reaper/FaderTaper.h"
#include "reaper/Link.h"
#include "reaper/Session.h"
#include "ui/MarkerPicker.h"
#include "ui/TransportButton.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace oscalis::ui {

using namespace reaper;
using Glyph = TransportButton::Glyph;

TransportBar::TransportBar(Session& session, Link& link, QWidget* parent)
    : QWidget(parent), m_session(session), m_link(link) {
    setObjectName(QStringLiteral("transportBar"));
    setAttribute(Qt::WA_StyledBackground);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 10, 6);
    row->setSpacing(4);

    m_rewind = addButton(int(Glyph::Rewind), QStringLiteral("rewindButton"), tr("Rewind (hold)"));
    m_forward =
        addButton(int(Glyph::Forward), QStringLiteral("forwardButton"), tr("Fast forward (hold)"));
    m_stop = addButton(int(Glyph::Stop), QStringLiteral("stopButton"), tr("Stop"));
    m_play = addButton(int(Glyph::Play), QStringLiteral("playButton"), tr("Play (Space)"));
    m_pause = addButton(int(Glyph::Pause), QStringLiteral("pauseButton"), tr("Pause"));
    m_record = addButton(int(Glyph::Record), QStringLiteral("recordButton"), tr("Record (R)"));
    for (auto* b : {m_rewind, m_forward, m_stop, m_play, m_pause, m_record})
        row->addWidget(b);
    row->addSpacing(8);
    m_loop = addButton(int(Glyph::Loop), QStringLiteral("loopButton"), tr("Loop (L)"));
    m_click = addButton(int(Glyph::Click), QStringLiteral("clickButton"), tr("Metronome"));
    row->addWidget(m_loop);
    row->addWidget(m_click);
    row->addSpacing(8);

    connect(m_rewind, &QAbstractButton::pressed, this, [this] { m_link.setRewinding(true); });
    connect(m_rewind, &QAbstractButton::released, this, [this] { m_link.setRewinding(false); });
    connect(m_forward, &QAbstractButton::pressed, this, [this] { m_link.setForwarding(true); });
    connect(m_forward, &QAbstractButton::released, this, [this] { m_link.setForwarding(false); });
    connect(m_stop, &QAbstractButton::clicked, this, [this] { m_link.stop(); });
    connect(m_play, &QAbstractButton::clicked, this, [this] { m_link.play(); });
    connect(m_pause, &QAbstractButton::clicked, this, [this] { m_link.pause(); });
    connect(m_record, &QAbstractButton::clicked, this, [this] { m_link.record(); });
    connect(m_loop, &QAbstractButton::clicked, this, [this] { m_link.toggleRepeat(); });
    connect(m_click, &QAbstractButton::clicked, this, [this] { m_link.toggleClick(); });

    // Time: REAPER's own text, big and fixed-width so it does not jitter while it runs; beats
    // and tempo beneath it in the same box.
    auto* timeBox = new QFrame(this);
    timeBox->setObjectName(QStringLiteral("timeBox"));
    auto* timeColumn = new QVBoxLayout(timeBox);
    timeColumn->setContentsMargins(10, 2, 10, 3);
    timeColumn->setSpacing(0);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPixelSize(28);
    mono.setBold(true);
    m_time = new QLabel(timeBox);
    m_time->setObjectName(QStringLiteral("timeDisplay"));
    m_time->setFont(mono);
    m_time->setAlignment(Qt::AlignCenter);
    m_time->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("00:00.000")) + 4);
    m_time->setToolTip(tr("Time"));
    timeColumn->addWidget(m_time);

    auto* musical = new QHBoxLayout;
    musical->setSpacing(10);
    QFont small = mono;
    small.setPixelSize(12);
    small.setBold(false);
    m_beats = new QLabel(timeBox);
    m_beats->setObjectName(QStringLiteral("beatDisplay"));
    m_beats->setFont(small);
    m_beats->setToolTip(tr("Bar.beat.hundredths"));
    m_tempo = new QLabel(timeBox);
    m_tempo->setObjectName(QStringLiteral("tempoDisplay"));
    m_tempo->setFont(small);
    m_tempo->setToolTip(tr("Tempo"));
    musical->addStretch(1);
    musical->addWidget(m_beats);
    musical->addWidget(m_tempo);
    musical->addStretch(1);
    timeColumn->addLayout(musical);
    row->addWidget(timeBox);
    row->addSpacing(10);

    auto* previous = addButton(int(Glyph::PreviousMarker), QStringLiteral("previousMarkerButton"),
                               tr("Previous marker"));
    auto* next =
        addButton(int(Glyph::NextMarker), QStringLiteral("nextMarkerButton"), tr("Next marker"));
    row->addWidget(previous);
    row->addWidget(next);
    connect(previous, &QAbstractButton::clicked, this, [this] { m_link.previousMarker(); });
    connect(next, &QAbstractButton::clicked, this, [this] { m_link.nextMarker(); });

    row->addSpacing(6);
    auto* markerColumn = new QVBoxLayout;
    markerColumn->setSpacing(1);
    m_marker = new MarkerPicker(m_session, m_link, false, this);
    m_region = new MarkerPicker(m_session, m_link, true, this);
    markerColumn->addWidget(m_marker, 0, Qt::AlignLeft);
    markerColumn->addWidget(m_region, 0, Qt::AlignLeft);
    row->addLayout(markerColumn, 1);

    connect(&m_session, &Session::transportChanged, this, &TransportBar::updateTransport);
    updateTransport();
}

TransportButton* TransportBar::addButton(int glyph, const QString& objectName, const QString& tip) {
    auto* button = new TransportButton(Glyph(glyph), tip, this);
    button->setObjectName(objectName);
    return button;
}

void TransportBar::playOrStop() {
    const TransportState& t = m_session.transport();
    if (t.playing || t.recording)
        m_link.stop();
    else
        m_link.play();
}

QString TransportBar::timeText() const {
    return m_time->text();
}
QString TransportBar::beatText() const {
    return m_beats->text();
}
QString TransportBar::tempoText() const {
    return m_tempo->text();
}
QString TransportBar::markerText() const {
    return m_marker->currentName();
}

void TransportBar::updateTransport() {
    const TransportState& t = m_session.transport();
    m_play->setLit(t.playing && !t.paused);
    m_pause->setLit(t.paused);
    m_record->setLit(t.recording);
    m_stop->setLit(!t.playing && !t.paused && !t.recording);
    m_loop->setLit(t.repeat);
    m_click->setLit(t.click);
    m_rewind->setLit(t.rewinding);
    m_forward->setLit(t.forwarding);
    m_time->setText(t.timeText.isEmpty() ? timeline::format(t.seconds) : t.timeText);
    if (t.recording != m_recordingLook) {
        m_recordingLook = t.recording;
        m_time->setStyleSheet(t.recording ? QStringLiteral("color: #ff6a66;") : QString());
    }
    m_beats->setText(t.beatText.isEmpty() ? QString() : tr("Beat %1").arg(t.beatText));
    const QString tempo = !t.tempoText.isEmpty() ? t.tempoText
                          : t.tempo > 0.0        ? QString::number(t.tempo, 'f', 2)
                                                 : QString();
    m_tempo->setText(tempo.isEmpty() ? QString() : tr("%1 BPM").arg(tempo));
}

} // namespace oscalis::ui
