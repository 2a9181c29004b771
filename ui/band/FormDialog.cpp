#include "ui/band/FormDialog.h"

#include "ui/band/BandContext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oscalis::ui::band {

FormDialog::FormDialog(const QString& title, QWidget* parent) : QDialog(parent) {
    setWindowTitle(title);
    setMinimumWidth(420);
    auto* column = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setVisible(false);
    m_form = new QFormLayout;
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #ff6b6b;"));
    m_error->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    column->addWidget(m_intro);
    column->addLayout(m_form);
    column->addWidget(m_error);
    column->addWidget(m_buttons);
}

void FormDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    QWidget* focused = focusWidget();
    if (focused && !m_buttons->isAncestorOf(focused))
        return;
    // Without this the OK button, created first, would take the focus and typing would be lost.
    for (int row = 0; row < m_form->rowCount(); ++row) {
        for (auto role : {QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
            QLayoutItem* item = m_form->itemAt(row, role);
            QWidget* field = item ? item->widget() : nullptr;
            if (field && field->isEnabled() && field->focusPolicy() != Qt::NoFocus) {
                field->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
}

QString FormDialog::errorText() const {
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QPushButton* FormDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FormDialog::setIntro(const QString& text) {
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void FormDialog::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void FormDialog::accept() {
    const store::Status done = submit();
    if (!done.ok()) {
        showError(BandContext::describe(done.error()));
        return;
    }
    showError({});
    QDialog::accept();
}

} // namespace oscalis::ui::band
