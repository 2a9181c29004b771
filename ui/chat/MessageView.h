#pragma once

#include <QListView>

#include <functional>

namespace oscalis::ui {

class MessageDelegate;
class MessageModel;

/// The conversation of one room, newest at the bottom: follows new messages while the user is
/// at the bottom, asks for older ones (olderWanted) when scrolled to the top and keeps what the
/// user was reading in place when they arrive. A message the user may delete has a "Delete"
/// button on hover, "Delete message" in its context menu and answers the Delete key
/// (deleteRequested); "Copy text" copies it. An empty room says so.
/// GUI thread; owned by the ChatPanel.
class MessageView : public QListView {
    Q_OBJECT
public:
    MessageView(MessageModel& model, QWidget* parent = nullptr);

    MessageModel& messages() const { return m_model; }
    MessageDelegate* delegate() const { return m_delegate; }
    /// True when the newest message is in view.
    bool atBottom() const;
    /// Runs insert (which puts older rows in front) and keeps the same messages in view.
    void keepPositionWhile(const std::function<void()>& insert);
    /// Lays the rows out now and shows the newest message.
    void showNewest();

Q_SIGNALS:
    void olderWanted();
    void deleteRequested(qint64 messageId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void requestDelete(const QModelIndex& index);
    /// Soon (once the rows are laid out and scrolled where they go), olderWanted if the top
    /// is in view.
    void maybeWantOlder();

    MessageModel& m_model;
    MessageDelegate* m_delegate = nullptr;
    bool m_checkPending = false;
};

} // namespace oscalis::ui
