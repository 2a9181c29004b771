#include "ui/ConnectionIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace oscalis::ui {

namespace {
constexpr int kDot = 12;
constexpr int kDotSpace = kDot + 10;
} // namespace

ConnectionIndicator::ConnectionIndicator(reaper::Link& link, QWidget* parent)
    : QWidget(parent), m_link(link) {
    setObjectName(QStringLiteral("connectionIndicator"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(kDotSpace, 2, 6, 2);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("connectionText"));
    row->addWidget(m_label);
    connect(&m_link, &reaper::Link::stateChanged, this, &ConnectionIndicator::refresh);
    refresh();
}

QString ConnectionIndicator::text() const {
    return m_label->text();
}

void ConnectionIndicator::refresh() {
    using State = reaper::Link::State;
    if (!m_link.errorString().isEmpty())
        m_colour = QColor(0xe5, 0x39, 0x35);
    else if (m_link.state() == State::Connected)
        m_colour = QColor(0x4c, 0xd0, 0x64);
    else if (m_link.state() == State::Connecting)
        m_colour = QColor(0xf0, 0xb0, 0x30);
    else
        m_colour = QColor(0xe5, 0x39, 0x35);
    m_label->setText(m_link.stateText());
    update();
}

void ConnectionIndicator::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF dot(6, (height() - kDot) / 2.0, kDot, kDot);
    p.setPen(QPen(m_colour.darker(160), 1.0));
    p.setBrush(m_colour);
    p.drawEllipse(dot);
}

} // namespace oscalis::ui
