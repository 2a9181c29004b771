#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace oscalis::ui {

/// One way in for bandmates, on the "Invite bandmates" panel: the QR code of a join link, and
/// under it the web server's address to type by hand with "Copy link" (which copies the whole
/// link, invite code included, to send in a message). GUI thread; owned by InvitePanel.
class JoinCard : public QFrame {
    Q_OBJECT
public:
    /// address as the server gives it ("https://192.168.1.20:8443/"); link is what the QR code
    /// and "Copy link" carry; qrSide the most the QR code may take, in device-independent pixels,
    /// quiet zone included (it takes the largest whole number of pixels per module that fits).
    JoinCard(const QString& address, const QString& link, int qrSide, QWidget* parent = nullptr);

    QString address() const;
    const QString& link() const { return m_link; }
    /// The QR code as drawn (physical pixels), or a null image if the link did not fit in one.
    QImage qrImage() const;
    /// The card's widgets that take the keyboard focus, in Tab order.
    QList<QWidget*> focusOrder() const;

Q_SIGNALS:
    /// The link was copied to the clipboard.
    void copied(const QString& link);

private:
    QString m_link;
    QLabel* m_qr = nullptr;
    QLineEdit* m_address = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace oscalis::ui
