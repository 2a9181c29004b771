#include "ui/MixerView.h"

#include "reaper/Link.h"
#include "reaper/Session.h"
#include "ui/ChannelStrip.h"
#include "ui/TransportButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace oscalis::ui {

using namespace reaper;

namespace {
constexpr int kStripSpacing = 4;
constexpr int kRowMargin = 4;
} // namespace

MixerView::MixerView(Session& session, Link& link, QWidget* parent)
    : QWidget(parent), m_session(session), m_link(link) {
    setObjectName(QStringLiteral("mixerView"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(6, 6, 6, 4);
    column->setSpacing(6);

    auto* bankBar = new QHBoxLayout;
    bankBar->setSpacing(4);
    m_previousBank = new TransportButton(TransportButton::Glyph::PreviousBank,
                                         tr("Previous bank (Left arrow)"), this);
    m_previousBank->setObjectName(QStringLiteral("previousBankButton"));
    m_nextBank =
        new TransportButton(TransportButton::Glyph::NextBank, tr("Next bank (Right arrow)"), this);
    m_nextBank->setObjectName(QStringLiteral("nextBankButton"));
    m_bankLabel = new QLabel(this);
    m_bankLabel->setObjectName(QStringLiteral("bankLabel"));
    m_bankLabel->setMinimumWidth(
        QFontMetrics(m_bankLabel->font())
            .horizontalAdvance(tr("Tracks %1–%2 of %3").arg(999).arg(999).arg(999)) +
        24);
    m_bankLabel->setAlignment(Qt::AlignCenter);
    bankBar->addWidget(m_previousBank);
    bankBar->addWidget(m_bankLabel);
    bankBar->addWidget(m_nextBank);
    bankBar->addStretch(1);
    column->addLayout(bankBar);
    connect(m_previousBank, &QAbstractButton::clicked, this, [this] { m_link.previousBank(); });
    connect(m_nextBank, &QAbstractButton::clicked, this, [this] { m_link.nextBank(); });

    auto* mixerRow = new QHBoxLayout;
    mixerRow->setSpacing(8);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("stripsScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_stripsArea = new QWidget(m_scroll);
    m_stripsArea->setObjectName(QStringLiteral("stripsArea"));
    m_stripsRow = new QHBoxLayout(m_stripsArea);
    m_stripsRow->setContentsMargins(kRowMargin, 0, kRowMargin, 0);
    m_stripsRow->setSpacing(kStripSpacing);
    m_stripsRow->addStretch(1);
    m_scroll->setWidget(m_stripsArea);
    mixerRow->addWidget(m_scroll, 1);

    m_master = new ChannelStrip(0, m_session, m_link, this);
    mixerRow->addWidget(m_master);
    column->addLayout(mixerRow, 1);

    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(kFitDebounceMs);
    connect(&m_fitTimer, &QTimer::timeout, this, &MixerView::applyFit);

    connect(&m_session, &Session::trackChanged, this, &MixerView::onTrackChanged);
    connect(&m_session, &Session::bankSizeChanged, this, &MixerView::syncStripCount);
    connect(&m_session, &Session::bankChanged, this, &MixerView::updateBankLabel);
    connect(&m_session, &Session::projectChanged, this, &MixerView::updateBankLabel);
    syncStripCount();
}

ChannelStrip* MixerView::strip(int slot) const {
    if (slot == 0)
        return m_master;
    return slot >= 1 && slot <= int(m_strips.size()) ? m_strips[std::size_t(slot) - 1] : nullptr;
}

QString MixerView::bankText() const {
    return m_bankLabel->text();
}

void MixerView::syncStripCount() {
    const int wanted = m_session.bankSize();
    while (int(m_strips.size()) > wanted) {
        delete m_strips.back();
        m_strips.pop_back();
    }
    while (int(m_strips.size()) < wanted) {
        auto* s = new ChannelStrip(int(m_strips.size()) + 1, m_session, m_link, m_stripsArea);
        if (m_touch)
            s->setTouchLayout();
        // Before the trailing stretch, so strips stay packed to the left.
        m_stripsRow->insertWidget(int(m_strips.size()), s);
        m_strips.push_back(s);
    }
    m_stripsArea->setMinimumWidth(2 * kRowMargin + wanted * m_master->stripWidth() +
                                  (wanted - 1) * kStripSpacing);
    updateBankLabel();
}

void MixerView::onTrackChanged(int slot, std::uint32_t fields) {
    if (ChannelStrip* s = strip(slot))
        s->applyTrack(fields);
}

void MixerView::updateBankLabel() {
    const int first = m_session.bankStart();
    const int last = first + m_session.bankSize() - 1;
    const auto count = m_session.trackCount();
    if (!count) {
        m_bankLabel->setText(tr("Tracks %1–%2").arg(first).arg(last));
        m_nextBank->setEnabled(true);
    } else if (*count == 0) {
        m_bankLabel->setText(tr("No tracks in the project"));
        m_nextBank->setEnabled(false);
    } else {
        // The ReaScript knows the real count: the last bank ends at the last track.
        m_bankLabel->setText(tr("Tracks %1–%2 of %3")
                                 .arg(first)
                                 .arg(std::max(first, std::min(last, *count)))
                                 .arg(*count));
        m_nextBank->setEnabled(m_session.bankIndex() < m_session.lastBankIndex().value_or(1));
    }
    m_previousBank->setEnabled(first > 1);
}

void MixerView::setTouchLayout() {
    m_touch = true;
    m_master->setTouchLayout();
    for (ChannelStrip* s : m_strips)
        s->setTouchLayout();
    for (TransportButton* b : {m_previousBank, m_nextBank})
        b->setFixedSize(96, 64);
    QFont big = m_bankLabel->font();
    big.setPixelSize(20);
    m_bankLabel->setFont(big);
    m_bankLabel->setMinimumWidth(
        QFontMetrics(big).horizontalAdvance(tr("Tracks %1–%2 of %3").arg(999).arg(999).arg(999)) +
        24);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    syncStripCount();
    if (m_fit)
        m_fitTimer.start();
}

void MixerView::setFitToWindow(bool fit) {
    m_fit = fit;
    if (fit)
        m_fitTimer.start();
    else
        m_fitTimer.stop();
}

int MixerView::fittingStripCount() const {
    const int width = m_scroll->width() - 2 * kRowMargin;
    const int fit = (width + kStripSpacing) / (m_master->stripWidth() + kStripSpacing);
    return std::clamp(fit, kMinFitStrips, kMaxFitStrips);
}

void MixerView::applyFit() {
    if (!m_fit || !isVisible())
        return;
    const int n = fittingStripCount();
    if (n != m_session.bankSize())
        m_link.setBankSize(n);
}

void MixerView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_fit)
        m_fitTimer.start();
}

void MixerView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_fit)
        m_fitTimer.start();
}

} // namespace oscalis::ui
