#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace oscalis::ui {

/// Where a chat message is written: Enter sends, Shift+Enter starts a new line; the count of
/// characters shows how close the message is to the 4000 allowed, and Send stays off for an
/// empty or too long message. GUI thread; owned by the ChatPanel.
class Composer : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxLength = 4000; ///< as chat::ChatService allows

    explicit Composer(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void clear();
    QPlainTextEdit* editor() const { return m_edit; }
    /// What the counter says ("12 / 4000").
    QString countText() const;
    /// Whether what is written may be sent now.
    bool canSend() const;

public Q_SLOTS:
    /// Sends what is written (submitted) when it may be sent.
    void send();

Q_SIGNALS:
    /// The text to send; the composer is already empty.
    void submitted(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();

    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace oscalis::ui
