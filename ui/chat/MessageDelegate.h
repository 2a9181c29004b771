#pragma once

#include "store/Band.h"

#include <QStyledItemDelegate>
#include <QTextLayout>

#include <vector>

namespace oscalis::ui {

/// Paints one chat message of a MessageModel: the author (a colour per person) and the time
/// when a new group starts, then the text as plain text (never markup) wrapped to the view's
/// width. @words that name a member stand out; those naming the viewer, and messages that
/// mention them, stand out more. A deleted message reads "message deleted". Hovering a message
/// the viewer may delete shows a "Delete" button (deleteClicked).
/// GUI thread; owned by the MessageView.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MessageDelegate(QObject* parent = nullptr);

    /// The band's members (to tell which @words name someone) and the viewer.
    void setMembers(std::vector<store::Membership> members, qint64 viewer);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// Where the "Delete" button of a message drawn in rect is.
    QRect deleteButtonRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

Q_SIGNALS:
    void deleteClicked(qint64 messageId);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    /// The text's formats: each @word naming a member, stronger for the viewer.
    QList<QTextLayout::FormatRange> mentionFormats(const QString& text) const;
    /// Lays text out in width; returns its height.
    qreal layOut(QTextLayout& layout, const QString& text, const QFont& font, int width,
                 bool deleted) const;
    int textWidth(const QStyleOptionViewItem& option) const;

    std::vector<store::Membership> m_members;
    qint64 m_viewer = 0;
};

} // namespace oscalis::ui
