#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace oscalis::ui {

namespace band {
class BandContext;
}

/// "Signed-in browsers": the browser sessions signed in now (who, device, since when, last seen,
/// until when), everyone's for whoever may manage accounts and one's own otherwise (the
/// repository decides), with "End session" for the selected one: that browser has to sign in
/// again. GUI thread; owned by its Qt parent (MainWindow). Does not own the context.
class SessionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SessionsDialog(band::BandContext& context, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Why the last action failed, in plain words; empty when it went well.
    QString errorText() const;
    /// The line shown instead of an empty table ("No browser is signed in…"); empty otherwise.
    QString hintText() const;

public Q_SLOTS:
    /// Reads the sessions again.
    void reload();
    /// Ends the selected session (it is revoked at once) and reads the list again.
    void endSelected();

Q_SIGNALS:
    /// The session was ended (revoked in the database): its browser's connections should close.
    void sessionEnded(qint64 sessionId);

private:
    qint64 selectedSession() const;
    void showError(const QString& text);

    band::BandContext& m_context;
    QLabel* m_hint = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_end = nullptr;
};

} // namespace oscalis::ui
