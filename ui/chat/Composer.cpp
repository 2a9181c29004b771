#include "ui/chat/Composer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oscalis::ui {

Composer::Composer(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("composer"));
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter for a new line)"));
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(64);
    m_edit->installEventFilter(this);
    m_edit->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #15181c; border: 1px "
                                         "solid #2f3640; border-radius: 6px; padding: 4px; }"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("composerCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAutoDefault(false);

    auto* side = new QVBoxLayout;
    side->addWidget(m_send);
    side->addWidget(m_count, 0, Qt::AlignRight);
    side->addStretch(1);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addLayout(side);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::refresh);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    refresh();
}

QString Composer::text() const {
    return m_edit->toPlainText();
}

void Composer::setText(const QString& text) {
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void Composer::clear() {
    m_edit->clear();
}

QString Composer::countText() const {
    return m_count->text();
}

bool Composer::canSend() const {
    const QString t = text().trimmed();
    return isEnabled() && !t.isEmpty() && t.size() <= kMaxLength;
}

void Composer::refresh() {
    const qsizetype n = text().trimmed().size();
    m_count->setText(tr("%1 / %2").arg(n).arg(kMaxLength));
    const bool over = n > kMaxLength;
    m_count->setStyleSheet(over ? QStringLiteral("color: #ff6b6b; font-weight: 600;")
                                : QStringLiteral("color: #7a8088;"));
    m_count->setToolTip(over ? tr("A message may hold at most %1 characters.").arg(kMaxLength)
                             : QString());
    m_send->setEnabled(canSend());
}

void Composer::send() {
    if (!canSend())
        return;
    const QString t = text();
    clear();
    Q_EMIT submitted(t);
}

bool Composer::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                m_edit->insertPlainText(QStringLiteral("\n"));
            else
                send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace oscalis::ui
