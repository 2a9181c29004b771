#include "ui/chat/MessageDelegate.h"

#include "chat/Mentions.h"
#include "ui/Theme.h"
#include "ui/chat/MessageModel.h"

#include <QAbstractItemView>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace oscalis::ui {

namespace {
constexpr int kPadX = 14;
constexpr int kGroupTop = 8; ///< space above a message that shows its author
constexpr int kTop = 2;
constexpr int kBottom = 4;
constexpr int kHeaderGap = 2;

QColor authorColour(qint64 id) {
    static const QColor colours[] = {QColor(0x7f, 0xc8, 0xff), QColor(0xff, 0xa0, 0x7a),
                                     QColor(0x9b, 0xe0, 0x8a), QColor(0xe0, 0x9b, 0xf0),
                                     QColor(0xf5, 0xd0, 0x6f), QColor(0x6f, 0xe0, 0xd0),
                                     QColor(0xff, 0x8f, 0xb0), QColor(0xb0, 0xb8, 0xff)};
    return colours[std::size_t(id < 0 ? -id : id) % std::size(colours)];
}

QColor mentionColour() {
    return QColor(0xf0, 0xb4, 0x29);
}

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'@';
}

QFont headerFont(const QFont& base) {
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont timeFont(const QFont& base) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}
} // namespace

MessageDelegate::MessageDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void MessageDelegate::setMembers(std::vector<store::Membership> members, qint64 viewer) {
    m_members = std::move(members);
    m_viewer = viewer;
}

QList<QTextLayout::FormatRange> MessageDelegate::mentionFormats(const QString& text) const {
    QList<QTextLayout::FormatRange> formats;
    qsizetype from = 0;
    for (const QString& token : chat::Mentions::tokens(text)) {
        const QString written = QLatin1Char('@') + token;
        qsizetype at = text.indexOf(written, from);
        while (at > 0 && isWordChar(text.at(at - 1))) // an e-mail address, not a mention
            at = text.indexOf(written, at + 1);
        if (at < 0)
            break;
        from = at + written.size();
        const std::vector<qint64> named = chat::Mentions::resolve(written, m_members);
        if (named.empty())
            continue;
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        if (std::find(named.begin(), named.end(), m_viewer) != named.end()) {
            format.setBackground(mentionColour());
            format.setForeground(QColor(0x1a, 0x14, 0x00));
        } else {
            format.setForeground(theme::accent().lighter(125));
        }
        formats.append({int(at), int(written.size()), format});
    }
    return formats;
}

qreal MessageDelegate::layOut(QTextLayout& layout, const QString& text, const QFont& font,
                              int width, bool deleted) const {
    QString shown = deleted ? tr("message deleted") : text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator); // QTextLayout breaks lines on these
    QFont f = font;
    f.setItalic(deleted);
    layout.setText(shown);
    layout.setFont(f);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    if (!deleted)
        layout.setFormats(mentionFormats(text));
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

int MessageDelegate::textWidth(const QStyleOptionViewItem& option) const {
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = view->viewport()->width();
    return std::max(80, width - 2 * kPadX);
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    const bool header = index.data(MessageModel::HeaderRole).toBool();
    QTextLayout layout;
    const qreal text = layOut(layout, index.data().toString(), option.font, textWidth(option),
                              index.data(MessageModel::DeletedRole).toBool());
    int height =
        (header ? kGroupTop + QFontMetrics(headerFont(option.font)).height() + kHeaderGap : kTop) +
        int(std::ceil(text)) + kBottom;
    return {textWidth(option) + 2 * kPadX, height};
}

QRect MessageDelegate::deleteButtonRect(const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const {
    const QFontMetrics fm(timeFont(option.font));
    const QString label = tr("Delete");
    const int w = fm.horizontalAdvance(label) + 16;
    const int h = fm.height() + 4;
    const int top =
        option.rect.top() + (index.data(MessageModel::HeaderRole).toBool() ? kGroupTop - 2 : 1);
    return {option.rect.right() - kPadX - w, top, w, h};
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    painter->save();
    const QRect r = option.rect;
    const bool mentionsMe = index.data(MessageModel::MentionsMeRole).toBool();
    const bool deleted = index.data(MessageModel::DeletedRole).toBool();
    const bool header = index.data(MessageModel::HeaderRole).toBool();
    if (option.state & QStyle::State_Selected)
        painter->fillRect(r, QColor(0x2b, 0x3a, 0x4d));
    else if (mentionsMe)
        painter->fillRect(r, QColor(0x3a, 0x31, 0x18));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(r, QColor(0x24, 0x28, 0x2e));
    if (mentionsMe)
        painter->fillRect(QRect(r.left(), r.top(), 4, r.height()), mentionColour());

    int y = r.top() + kTop;
    if (header) {
        y = r.top() + kGroupTop;
        const QFont nameFont = headerFont(option.font);
        const QFontMetrics nameMetrics(nameFont);
        painter->setFont(nameFont);
        painter->setPen(authorColour(index.data(MessageModel::AuthorIdRole).toLongLong()));
        const QString name = nameMetrics.elidedText(index.data(MessageModel::AuthorRole).toString(),
                                                    Qt::ElideRight, r.width() / 2);
        painter->drawText(QPoint(r.left() + kPadX, y + nameMetrics.ascent()), name);
        const QFont small = timeFont(option.font);
        painter->setFont(small);
        painter->setPen(theme::dimText());
        painter->drawText(QPoint(r.left() + kPadX + nameMetrics.horizontalAdvance(name) + 10,
                                 y + nameMetrics.ascent()),
                          index.data(MessageModel::TimeRole).toString());
        y += nameMetrics.height() + kHeaderGap;
    }

    QTextLayout layout;
    layOut(layout, index.data().toString(), option.font, textWidth(option), deleted);
    painter->setPen(deleted ? theme::dimText() : theme::text());
    layout.draw(painter, QPointF(r.left() + kPadX, y));

    if ((option.state & QStyle::State_MouseOver) &&
        index.data(MessageModel::DeletableRole).toBool()) {
        const QRect button = deleteButtonRect(option, index);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QColor(0x8a, 0x3a, 0x3a));
        painter->setBrush(QColor(0x4a, 0x22, 0x24));
        painter->drawRoundedRect(button, 4, 4);
        painter->setFont(timeFont(option.font));
        painter->setPen(QColor(0xff, 0xc8, 0xc8));
        painter->drawText(button, Qt::AlignCenter, tr("Delete"));
    }
    painter->restore();
}

bool MessageDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                  const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (event->type() == QEvent::MouseButtonRelease &&
        index.data(MessageModel::DeletableRole).toBool()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            deleteButtonRect(option, index).contains(mouse->position().toPoint())) {
            Q_EMIT deleteClicked(index.data(MessageModel::MessageIdRole).toLongLong());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace oscalis::ui
