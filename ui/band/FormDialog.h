#pragma once

#include "store/Result.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace oscalis::ui::band {

/// A small form with OK and Cancel whose OK runs submit(): on success the dialog closes, on an
/// error the message stays above the buttons in plain words and the typed values are kept.
/// Base of every band dialog (sign-in, song, gig...). GUI thread; owned by its Qt parent.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    explicit FormDialog(const QString& title, QWidget* parent = nullptr);

    /// The message under the form (empty when nothing went wrong).
    QString errorText() const;
    /// The OK button, for tests and for renaming ("Sign in", "Create").
    QPushButton* okButton() const;

public Q_SLOTS:
    void accept() override;

protected:
    /// Puts the cursor in the first field, unless a subclass chose another one.
    void showEvent(QShowEvent* event) override;
    /// Does the work of the dialog; an error keeps it open and is shown.
    virtual store::Status submit() = 0;
    QFormLayout* form() const { return m_form; }
    /// Adds a line of explanation above the form.
    void setIntro(const QString& text);
    void showError(const QString& text);

private:
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace oscalis::ui::band
