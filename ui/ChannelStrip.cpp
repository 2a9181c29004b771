#include "ui/ChannelStrip.h"

#include "reaper/FaderTaper.h"
#include "reaper/Link.h"
#include "reaper/Session.h"
#include "ui/Fader.h"
#include "ui/PanControl.h"
#include "ui/PeakMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace oscalis::ui {

using namespace reaper;

ChannelStrip::ChannelStrip(int slot, Session& session, Link& link, QWidget* parent)
    : QFrame(parent), m_slot(slot), m_session(session), m_link(link) {
    setObjectName(isMaster() ? QStringLiteral("masterStrip") : QStringLiteral("channelStrip"));
    setFixedWidth(kWidth);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(4, 4, 4, 4);
    column->setSpacing(4);

    m_colourBand = new QWidget(this);
    m_colourBand->setObjectName(QStringLiteral("colourBand"));
    m_colourBand->setFixedHeight(6);
    m_colourBand->setAttribute(Qt::WA_StyledBackground, true);
    column->addWidget(m_colourBand);

    m_header = new QPushButton(this);
    m_header->setObjectName(QStringLiteral("stripHeader"));
    m_header->setFocusPolicy(Qt::NoFocus);
    m_header->setFixedHeight(36);
    m_header->setToolTip(isMaster() ? tr("Master") : tr("Click to select this track in REAPER"));
    column->addWidget(m_header);
    if (!isMaster())
        connect(m_header, &QPushButton::clicked, this, [this] { m_link.selectTrack(m_slot); });

    m_pan = new PanControl(this);
    column->addWidget(m_pan);
    connect(m_pan, &PanControl::moved, this,
            [this](float position) { m_link.setPan(m_slot, position); });

    m_volumeText = new QLabel(this);
    m_volumeText->setObjectName(QStringLiteral("volumeText"));
    m_volumeText->setAlignment(Qt::AlignCenter);
    QFont small = m_volumeText->font();
    small.setPixelSize(11);
    m_volumeText->setFont(small);
    m_volumeText->setFixedHeight(18);
    column->addWidget(m_volumeText);

    auto* faderRow = new QHBoxLayout;
    faderRow->setContentsMargins(0, 0, 0, 0);
    faderRow->setSpacing(2);
    m_fader = new Fader(this);
    m_meter = new PeakMeter(this);
    faderRow->addWidget(m_fader);
    faderRow->addWidget(m_meter);
    column->addLayout(faderRow, 1);
    connect(m_fader, &Fader::moved, this, [this](float position) {
        m_link.setVolume(m_slot, position);
        updateVolumeText();
    });
    connect(m_fader, &Fader::heldChanged, this, [this](bool held) {
        m_link.setVolumeTouch(m_slot, held);
        updateVolumeText();
    });

    auto* toggles = new QHBoxLayout;
    toggles->setContentsMargins(0, 0, 0, 0);
    toggles->setSpacing(2);
    if (isMaster()) {
        // Keeps the master's fader the same height as the others'.
        m_masterSpacer = new QWidget(this);
        m_masterSpacer->setFixedHeight(22);
        toggles->addWidget(m_masterSpacer);
    } else {
        m_mute = makeToggle(QStringLiteral("muteButton"), tr("M", "mute"), tr("Mute"));
        m_solo = makeToggle(QStringLiteral("soloButton"), tr("S", "solo"), tr("Solo"));
        m_arm =
            makeToggle(QStringLiteral("armButton"), tr("R", "record arm"), tr("Arm for recording"));
        toggles->addWidget(m_mute);
        toggles->addWidget(m_solo);
        toggles->addWidget(m_arm);
        // The buttons show REAPER's state, not their own: a click asks, the feedback answers.
        connect(m_mute, &QPushButton::clicked, this, [this] {
            const bool on = m_session.track(m_slot) && m_session.track(m_slot)->mute;
            m_mute->setChecked(on);
            m_link.setMute(m_slot, !on);
        });
        connect(m_solo, &QPushButton::clicked, this, [this] {
            const bool on = m_session.track(m_slot) && m_session.track(m_slot)->solo;
            m_solo->setChecked(on);
            m_link.setSolo(m_slot, !on);
        });
        connect(m_arm, &QPushButton::clicked, this, [this] {
            const bool on = m_session.track(m_slot) && m_session.track(m_slot)->recArm;
            m_arm->setChecked(on);
            m_link.setRecArm(m_slot, !on);
        });
    }
    column->addLayout(toggles);

    applyTrack(~0u);
}

void ChannelStrip::setTouchLayout() {
    m_touch = true;
    setFixedWidth(kTouchWidth);
    m_header->setFixedHeight(64);
    // A style sheet, not setFont(): the theme's sheet re-polishes the header on selection.
    m_header->setStyleSheet(QStringLiteral("font-size: 16px;"));
    m_volumeText->setStyleSheet(QStringLiteral("font-size: 15px;"));
    m_volumeText->setFixedHeight(24);
    m_fader->setCapSize({72, 56});
    for (QWidget* w : {static_cast<QWidget*>(m_pan), static_cast<QWidget*>(m_mute),
                       static_cast<QWidget*>(m_solo), static_cast<QWidget*>(m_arm), m_masterSpacer})
        if (w)
            w->hide();
    if (const TrackState* t = m_session.track(m_slot))
        updateHeader(*t);
}

QPushButton* ChannelStrip::makeToggle(const QString& objectName, const QString& text,
                                      const QString& tip) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus);
    button->setFixedHeight(22);
    button->setMinimumWidth(20);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setToolTip(tip);
    return button;
}

void ChannelStrip::applyTrack(std::uint32_t fields) {
    const TrackState* t = m_session.track(m_slot);
    if (!t)
        return;
    if (fields & FieldMeter)
        m_meter->setLevels(t->vuLeft, t->vuRight);
    if (fields & (FieldName | FieldNumber | FieldProject))
        updateHeader(*t);
    if (fields & (FieldNumber | FieldProject))
        updateProjectInfo(*t);
    if (fields & FieldVolume)
        m_fader->setModelPosition(t->volume);
    if (fields & (FieldVolume | FieldVolumeText))
        updateVolumeText();
    if (fields & (FieldPan | FieldPanText))
        m_pan->setModel(t->pan, t->panText);
    if (fields & FieldSelected)
        setSelectedLook(t->selected);
    if (m_mute && (fields & FieldMute))
        m_mute->setChecked(t->mute);
    if (m_solo && (fields & FieldSolo))
        m_solo->setChecked(t->solo);
    if (m_arm && (fields & FieldRecArm))
        m_arm->setChecked(t->recArm);
}

void ChannelStrip::updateHeader(const TrackState& t) {
    const QString number = isMaster() ? tr("MASTER") : QString::number(t.number);
    const QString name = isMaster() ? QString() : t.name;
    const QFontMetrics fm(m_header->font());
    const QString elided = fm.elidedText(name, Qt::ElideRight, stripWidth() - 14);
    m_header->setText(name.isEmpty() ? number : number + QLatin1Char('\n') + elided);
    if (isMaster()) {
        m_header->setToolTip(tr("Master"));
        return;
    }
    QStringList tip{tr("Track %1: %2 (click to select)").arg(t.number).arg(name)};
    if (const ProjectTrack* p = m_session.projectTrack(t.number)) {
        if (!p->instrument.isEmpty())
            tip << tr("Instrument: %1").arg(p->instrument);
        if (!p->fx.isEmpty())
            tip << tr("FX: %1").arg(p->fx.join(QStringLiteral(", ")));
        if (!p->input.isEmpty())
            tip << tr("Input: %1").arg(p->input);
    }
    m_header->setToolTip(tip.join(QLatin1Char('\n')));
}

void ChannelStrip::updateProjectInfo(const TrackState& t) {
    const ProjectTrack* p = isMaster() ? nullptr : m_session.projectTrack(t.number);
    const QColor colour = p && !p->colour.isEmpty() ? QColor(p->colour) : QColor();
    m_colour = colour;
    // An empty band keeps every strip's layout the same whether or not it has a colour.
    const QString sheet =
        colour.isValid()
            ? QStringLiteral("background-color: %1; border-radius: 2px;").arg(colour.name())
            : QString();
    if (m_colourBand->styleSheet() != sheet)
        m_colourBand->setStyleSheet(sheet);
    m_colourBand->setToolTip(colour.isValid() ? tr("REAPER track colour %1").arg(colour.name())
                                              : QString());
}

void ChannelStrip::updateVolumeText() {
    const TrackState* t = m_session.track(m_slot);
    if (!t)
        return;
    // While held, the label follows the user's hand; otherwise it shows REAPER's own words.
    QString text;
    if (m_fader->isHeld())
        text = taper::formatDb(taper::positionToDb(m_fader->position()));
    else if (!t->volumeText.isEmpty())
        text = t->volumeText;
    else
        text = taper::formatDb(t->volumeDb);
    m_volumeText->setText(text);
}

void ChannelStrip::setSelectedLook(bool selected) {
    for (QWidget* w : {static_cast<QWidget*>(this), static_cast<QWidget*>(m_header)}) {
        w->setProperty("selected", selected);
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

} // namespace oscalis::ui
