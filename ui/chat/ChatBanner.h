#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace oscalis::ui {

/// A strip across the top of the window telling about a chat message for the person at the
/// studio computer (a mention, a direct message) when the system has no tray to show it in:
/// who, where, the start of the text, "Open chat" and a close button. Hides itself after a while.
/// GUI thread; owned by MainWindow.
class ChatBanner : public QFrame {
    Q_OBJECT
public:
    static constexpr int kShownMs = 12000;

    explicit ChatBanner(QWidget* parent = nullptr);

    /// Shows title and text (plain text) for the message in roomId.
    void showMessage(const QString& title, const QString& text, qint64 roomId);
    QString title() const;
    QString text() const;

Q_SIGNALS:
    /// "Open chat" was clicked.
    void openRequested(qint64 roomId);

private:
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QTimer* m_timer = nullptr;
    qint64 m_roomId = 0;
};

} // namespace oscalis::ui
