#include "ui/chat/RoomDelegate.h"

#include "ui/Theme.h"
#include "ui/chat/RoomList.h"

#include <QPainter>

namespace oscalis::ui {

namespace {
constexpr int kPadX = 12;

bool isHeading(const QModelIndex& index) {
    return !index.data(RoomList::kRoomIdRole).isValid();
}
} // namespace

QSize RoomDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const int h = QFontMetrics(option.font).height();
    return {option.rect.width(), isHeading(index) ? h + 16 : h + 14};
}

void RoomDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    painter->save();
    const QRect r = option.rect;
    QFont font = option.font;
    if (isHeading(index)) {
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(theme::dimText());
        painter->drawText(r.adjusted(kPadX, 8, -kPadX, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data().toString().toUpper());
        painter->restore();
        return;
    }
    if (option.state & QStyle::State_Selected)
        painter->fillRect(r, QColor(0x2b, 0x4a, 0x6b));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(r, QColor(0x22, 0x28, 0x30));
    const qint64 unread = index.data(RoomList::kUnreadRole).toLongLong();
    int right = r.right() - kPadX;
    if (unread > 0) {
        QFont small = option.font;
        small.setBold(true);
        small.setPointSizeF(small.pointSizeF() * 0.85);
        const QFontMetrics fm(small);
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int w = std::max(fm.horizontalAdvance(count) + 12, fm.height() + 4);
        const QRect pill(right - w, r.center().y() - fm.height() / 2 - 2, w, fm.height() + 4);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme::accent());
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(small);
        painter->setPen(QColor(0x0c, 0x14, 0x20));
        painter->drawText(pill, Qt::AlignCenter, count);
        right = pill.left() - 6;
        font.setBold(true);
    }
    painter->setFont(font);
    painter->setPen(unread > 0 || (option.state & QStyle::State_Selected)
                        ? theme::text()
                        : QColor(0xc0, 0xc6, 0xcc));
    const QRect text(r.left() + kPadX, r.top(), right - r.left() - kPadX, r.height());
    painter->drawText(
        text, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    painter->restore();
}

} // namespace oscalis::ui
