#include "ui/kiosk/KioskTransport.h"

#include "reaper/FaderTaper.h"
#include "reaper/Link.h"
#include "reaper/Session.h"
#include "ui/TransportButton.h"
#include "ui/kiosk/HoldButton.h"
#include "ui/kiosk/KioskLock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace oscalis::ui::kiosk {

using Glyph = TransportButton::Glyph;

namespace {
constexpr QSize kButton{96, 80};

template <typename B> B* big(B* button, const char* name) {
    button->setObjectName(QLatin1String(name));
    button->setFixedSize(kButton);
    return button;
}
} // namespace

KioskTransport::KioskTransport(reaper::Session& session, reaper::Link& link, KioskLock& lock,
                               QWidget* parent)
    : QWidget(parent), m_session(session), m_link(link), m_lock(lock) {
    setObjectName(QStringLiteral("kioskTransport"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 12, 8);
    row->setSpacing(12);

    auto* clock = new QVBoxLayout;
    clock->setSpacing(0);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("kioskTime"));
    QFont timeFont(QStringLiteral("monospace"));
    timeFont.setStyleHint(QFont::Monospace);
    timeFont.setPixelSize(60);
    timeFont.setBold(true);
    m_time->setFont(timeFont);
    m_time->setMinimumWidth(
        QFontMetrics(timeFont).horizontalAdvance(QStringLiteral("00:00:00.000")));
    m_beats = new QLabel(this);
    m_beats->setObjectName(QStringLiteral("kioskBeats"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("kioskTransportHint"));
    for (QLabel* l : {m_beats, m_hint}) {
        QFont f = l->font();
        f.setPixelSize(18);
        l->setFont(f);
    }
    clock->addWidget(m_time);
    auto* under = new QHBoxLayout;
    under->addWidget(m_beats);
    under->addSpacing(16);
    under->addWidget(m_hint, 1);
    clock->addLayout(under);
    row->addLayout(clock);
    row->addStretch(1);

    m_previous = big(new TransportButton(Glyph::PreviousMarker, tr("Previous marker"), this),
                     "kioskPreviousMarker");
    m_stop = big(new HoldButton(Glyph::Stop, tr("Stop"), this), "kioskStop");
    m_play = big(new TransportButton(Glyph::Play, tr("Play"), this), "kioskPlay");
    m_record = big(new TransportButton(Glyph::Record, tr("Record"), this), "kioskRecord");
    m_next =
        big(new TransportButton(Glyph::NextMarker, tr("Next marker"), this), "kioskNextMarker");
    for (QWidget* b : {static_cast<QWidget*>(m_previous), static_cast<QWidget*>(m_stop),
                       static_cast<QWidget*>(m_play), static_cast<QWidget*>(m_record),
                       static_cast<QWidget*>(m_next)})
        row->addWidget(b);

    connect(m_previous, &QAbstractButton::clicked, this, [this] { m_link.previousMarker(); });
    connect(m_next, &QAbstractButton::clicked, this, [this] { m_link.nextMarker(); });
    connect(m_play, &QAbstractButton::clicked, this, [this] { m_link.play(); });
    connect(m_record, &QAbstractButton::clicked, this, [this] { m_link.record(); });
    connect(m_stop, &HoldButton::activated, this, &KioskTransport::stop);
    connect(m_stop, &HoldButton::holdTooShort, this, [this] {
        m_hint->setText(tr("Keep your finger on Stop until the ring is full to end the recording"));
    });
    connect(&m_session, &reaper::Session::transportChanged, this, &KioskTransport::updateTransport);
    updateTransport();
}

QString KioskTransport::timeText() const {
    return m_time->text();
}
QString KioskTransport::hint() const {
    return m_hint->text();
}

void KioskTransport::stop() {
    if (!m_session.transport().recording) {
        m_link.stop();
        return;
    }
    m_lock.request(KioskLock::Guarded::StopRecording, [this](const auth::Actor&) {
        if (m_session.transport().recording)
            m_link.stop();
    });
}

void KioskTransport::updateTransport() {
    const reaper::TransportState& t = m_session.transport();
    m_play->setLit(t.playing && !t.paused);
    m_record->setLit(t.recording);
    m_stop->setHoldRequired(t.recording);
    for (QWidget* b : {static_cast<QWidget*>(m_play), static_cast<QWidget*>(m_record),
                       static_cast<QWidget*>(m_previous), static_cast<QWidget*>(m_next)})
        b->setEnabled(!t.recording);
    m_time->setText(t.timeText.isEmpty() ? reaper::timeline::format(t.seconds) : t.timeText);
    m_time->setStyleSheet(t.recording ? QStringLiteral("color: #ff6a66;") : QString());
    m_beats->setText(t.beatText.isEmpty() ? QString() : tr("Beat %1").arg(t.beatText));
    const int state = t.recording ? 2 : t.playing ? 1 : 0;
    if (state == m_shownState) // the time ticks often: keep a hint shown meanwhile
        return;
    m_shownState = state;
    if (t.recording)
        m_hint->setText(tr("Recording: hold Stop to end it"));
    else if (t.playing)
        m_hint->setText(tr("Playing"));
    else
        m_hint->setText(QString());
}

} // namespace oscalis::ui::kiosk
