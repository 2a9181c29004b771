#pragma once

#include <QStyledItemDelegate>

namespace oscalis::ui {

/// Paints a RoomList row: section headings small and dim, rooms with their name (bold when
/// something is unread) and the unread count in a pill on the right.
/// GUI thread; owned by the RoomList.
class RoomDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace oscalis::ui
