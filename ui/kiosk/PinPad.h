#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace oscalis::ui::kiosk {

/// The on-screen PIN pad: a title saying what the PIN is for, dots for the digits typed, keys
/// 0–9 of 96 × 72 px, Clear, OK and Cancel, and a line for what went wrong. It only collects
/// digits: whoever opened it checks them (KioskLock, or the member's sign-in).
/// Owner: the KioskWindow (shown over its pages); GUI thread only.
class PinPad : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxDigits = 8;

    explicit PinPad(QWidget* parent = nullptr);

    /// Clears the pad and shows it for `title`.
    void ask(const QString& title);
    /// Shows what went wrong and clears the digits for another try.
    void showError(const QString& message);
    QString title() const;
    QString message() const;
    /// How many digits are typed (the digits themselves are never shown).
    int digitCount() const { return int(m_digits.size()); }
    QPushButton* key(int digit) const { return m_keys[digit]; }
    QPushButton* okButton() const { return m_ok; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void submitted(const QString& pin);
    void cancelled();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void press(int digit);
    void showDots();

    QLabel* m_title = nullptr;
    QLabel* m_dots = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_keys[10] = {};
    QPushButton* m_clear = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
    QString m_digits;
};

} // namespace oscalis::ui::kiosk
