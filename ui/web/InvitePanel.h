#pragma once

#include "ui/web/JoinInfo.h"

#include <QDialog>
#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace oscalis::ui {

namespace band {
class BandContext;
}

class JoinCard;

/// "Invite bandmates": how bandmates join from their browser. For each address the web server
/// listens on, a JoinCard with the QR code of `<address>?invite=<the open band's invite code>` and
/// the address to type; the certificate's fingerprint and why it matters; "New invite code" for
/// whoever may rotate it. Says in plain words when the web server is off or failed.
/// Follows the BandContext: a code rotated elsewhere, another band opened or a sign-out show at
/// once. GUI thread; owned by its Qt parent (MainWindow). Does not own the context, which may be
/// null when Oscalis runs without a database (the links then carry no invite code).
class InvitePanel : public QDialog {
    Q_OBJECT
public:
    InvitePanel(band::BandContext* context, const JoinInfo& info, QWidget* parent = nullptr);

    /// Shows other addresses, fingerprint or error (the web server started, stopped or failed).
    void setJoinInfo(const JoinInfo& info);
    const JoinInfo& joinInfo() const { return m_info; }

    /// The invite code the links carry; empty when no band is open.
    QString inviteCode() const;
    /// The link for one address: `<address>?invite=<code>`, or the address alone without a code.
    static QString joinLink(const QString& address, const QString& inviteCode);
    /// One card per address, in the server's order.
    QList<JoinCard*> cards() const { return m_cards; }
    /// The line about the server's state or the invite code (what a user reads first).
    QString statusText() const;
    /// The line under the cards after an action ("Copied…", or why rotating failed).
    QString feedbackText() const;

public Q_SLOTS:
    /// A fresh invite code for the open band (the old one stops working); the QR codes follow.
    void rotateCode();

private:
    void rebuild();
    /// Tab goes through the cards in order, then the fingerprint and the buttons (the cards are
    /// made after them, so the creation order would put them last).
    void orderFocus();
    void showFeedback(const QString& text, bool problem);

    band::BandContext* m_context = nullptr;
    JoinInfo m_info;
    QLabel* m_status = nullptr;
    QWidget* m_cardBox = nullptr;
    QGridLayout* m_cardGrid = nullptr;
    QList<JoinCard*> m_cards;
    QWidget* m_certificate = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_feedback = nullptr;
    QPushButton* m_rotate = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace oscalis::ui
