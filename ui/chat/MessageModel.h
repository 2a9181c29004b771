#pragma once

#include "chat/ChatTypes.h"

#include <QAbstractListModel>

#include <vector>

namespace oscalis::ui {

/// The loaded part of one room's history, oldest first, without gaps: a page of the newest
/// messages, older pages put in front as the user scrolls back, new messages added at the end.
/// Deleted messages keep their row (the view says "message deleted").
/// GUI thread; owned by the ChatPanel.
class MessageModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        SeqRole,
        AuthorIdRole,
        AuthorRole,
        TimeRole, ///< local time as shown ("14:03", or the date too for older days)
        DeletedRole,
        MineRole, ///< written by the signed-in person
        MentionsMeRole,
        /// false when the previous message is by the same person a few minutes earlier, so the
        /// view does not repeat the name.
        HeaderRole,
        /// the viewer may delete it (their own, or anyone's for those allowed)
        DeletableRole,
    };

    explicit MessageModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// Who "mine" and "mentions me" are about.
    void setViewer(qint64 userId) { m_viewer = userId; }
    /// Whether the viewer may delete other people's messages too (moderators, leaders).
    void setCanDeleteAny(bool can) { m_canDeleteAny = can; }
    /// Shows roomId's newest page (complete: nothing older exists).
    void reset(qint64 roomId, const chat::Page& page);
    void clear();
    /// Puts an older page in front of what is loaded; returns how many rows were added.
    int prepend(const chat::Page& page);
    /// A new (or already loaded) message of this room: added at the end, or replaced in place.
    /// False when it is not this room's or would leave a gap (the caller reloads then).
    bool add(const chat::Message& message);
    /// The message is deleted: it keeps its row, without its text.
    void markDeleted(qint64 messageId);

    qint64 roomId() const { return m_roomId; }
    /// Nothing older than the first row exists.
    bool complete() const { return m_complete; }
    qint64 firstSeq() const { return m_messages.empty() ? 0 : m_messages.front().seq; }
    qint64 lastSeq() const { return m_messages.empty() ? 0 : m_messages.back().seq; }
    /// The row of the message with seq, or -1.
    int rowOfSeq(qint64 seq) const;
    const chat::Message& at(int row) const { return m_messages.at(std::size_t(row)); }

private:
    bool startsGroup(std::size_t i) const;

    std::vector<chat::Message> m_messages;
    qint64 m_roomId = 0;
    qint64 m_viewer = 0;
    bool m_canDeleteAny = false;
    bool m_complete = false;
};

} // namespace oscalis::ui
