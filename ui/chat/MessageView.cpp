#include "ui/chat/MessageView.h"

#include "ui/chat/MessageDelegate.h"
#include "ui/chat/MessageModel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace oscalis::ui {

namespace {
constexpr int kBottomSlack = 8; ///< px from the bottom that still count as "at the bottom"
}

MessageView::MessageView(MessageModel& model, QWidget* parent)
    : QListView(parent), m_model(model), m_delegate(new MessageDelegate(this)) {
    setObjectName(QStringLiteral("messageView"));
    setModel(&model);
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    verticalScrollBar()->setSingleStep(24);
    setStyleSheet(QStringLiteral("QListView#messageView { background: #1b1e23; border: 1px solid "
                                 "#2a3038; border-radius: 6px; }"));

    connect(m_delegate, &MessageDelegate::deleteClicked, this, &MessageView::deleteRequested);
    // A message that changes height (deleted, grouped differently) needs the rows laid out again.
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [this] { scheduleDelayedItemsLayout(); });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MessageView::maybeWantOlder);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &MessageView::maybeWantOlder);
    // Follow new messages while at the bottom (the decision is taken before the rows arrive).
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex&, int first) {
                if (first > 0 && atBottom())
                    QMetaObject::invokeMethod(this, &MessageView::showNewest, Qt::QueuedConnection);
            });
}

bool MessageView::atBottom() const {
    const QScrollBar* bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - kBottomSlack;
}

void MessageView::keepPositionWhile(const std::function<void()>& insert) {
    doItemsLayout();
    const int fromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
    insert();
    doItemsLayout();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum() - fromBottom);
}

void MessageView::showNewest() {
    doItemsLayout();
    scrollToBottom();
}

void MessageView::maybeWantOlder() {
    if (m_checkPending)
        return;
    m_checkPending = true;
    // Not at once: while a room opens the bar passes the top before it goes to the newest.
    QTimer::singleShot(0, this, [this] {
        m_checkPending = false;
        if (m_model.complete() || m_model.rowCount() == 0)
            return;
        if (verticalScrollBar()->value() <= verticalScrollBar()->minimum())
            Q_EMIT olderWanted(); // at the top, or everything fits and more may be older
    });
}

void MessageView::requestDelete(const QModelIndex& index) {
    if (index.isValid() && index.data(MessageModel::DeletableRole).toBool())
        Q_EMIT deleteRequested(index.data(MessageModel::MessageIdRole).toLongLong());
}

void MessageView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Delete) {
        requestDelete(currentIndex());
        return;
    }
    QListView::keyPressEvent(event);
}

void MessageView::contextMenuEvent(QContextMenuEvent* event) {
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("Copy text"));
    copy->setEnabled(!index.data(MessageModel::DeletedRole).toBool());
    QAction* remove = menu.addAction(tr("Delete message…"));
    remove->setEnabled(index.data(MessageModel::DeletableRole).toBool());
    QAction* chosen = menu.exec(event->globalPos());
    if (chosen == copy)
        QGuiApplication::clipboard()->setText(index.data().toString());
    else if (chosen == remove)
        requestDelete(index);
}

void MessageView::paintEvent(QPaintEvent* event) {
    QListView::paintEvent(event);
    if (m_model.rowCount() > 0 || m_model.roomId() == 0)
        return;
    QPainter painter(viewport());
    painter.setPen(QColor(0x7a, 0x80, 0x88));
    painter.drawText(viewport()->rect(), Qt::AlignCenter,
                     tr("No messages here yet. Write the first one below."));
}

void MessageView::resizeEvent(QResizeEvent* event) {
    const bool bottom = atBottom();
    QListView::resizeEvent(event);
    if (bottom)
        QMetaObject::invokeMethod(this, &MessageView::showNewest, Qt::QueuedConnection);
}

} // namespace oscalis::ui
