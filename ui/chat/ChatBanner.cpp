#include "ui/chat/ChatBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace oscalis::ui {

ChatBanner::ChatBanner(QWidget* parent) : QFrame(parent), m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("chatBanner"));
    setStyleSheet(QStringLiteral(
        "QFrame#chatBanner { background: #3a3118; border-bottom: 2px solid #f0b429; }"
        "QLabel#chatBannerTitle { color: #ffd98a; font-weight: 600; }"
        "QLabel#chatBannerText { color: #e8eaed; }"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chatBannerTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("chatBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    auto* open = new QPushButton(tr("Open chat"), this);
    open->setObjectName(QStringLiteral("chatBannerOpen"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("chatBannerClose"));
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Hide"));
    close->setAutoRaise(true);

    auto* words = new QVBoxLayout;
    words->setSpacing(0);
    words->addWidget(m_title);
    words->addWidget(m_text);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(14, 6, 8, 6);
    row->addLayout(words, 1);
    row->addWidget(open);
    row->addWidget(close);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kShownMs);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(open, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT openRequested(m_roomId);
    });
    hide();
}

void ChatBanner::showMessage(const QString& title, const QString& text, qint64 roomId) {
    m_title->setText(title);
    // One line of the message is enough to tell what it is about.
    QString line = text.simplified();
    if (line.size() > 160)
        line = line.left(159) + QChar(0x2026);
    m_text->setText(line);
    m_roomId = roomId;
    show();
    m_timer->start();
}

QString ChatBanner::title() const {
    return m_title->text();
}

QString ChatBanner::text() const {
    return m_text->text();
}

} // namespace oscalis::ui
