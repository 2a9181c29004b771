#include "ui/band/BandPage.h"

#include "ui/band/BandContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace oscalis::ui::band {

BandPage::BandPage(BandContext& context, const QString& title, QWidget* parent)
    : QWidget(parent), m_context(context) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(16, 12, 16, 12);
    column->setSpacing(8);
    m_actions = new QHBoxLayout;
    auto* heading = new QLabel(title, this);
    heading->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    m_actions->addWidget(heading);
    m_actions->addStretch(1);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("pageHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("background: #22303c; border: 1px solid #35506a; "
                                         "border-radius: 6px; padding: 10px; font-size: 11pt;"));
    m_hint->setVisible(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pageError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #ff6b6b; font-weight: 600;"));
    m_error->setVisible(false);
    m_body = new QVBoxLayout;
    column->addLayout(m_actions);
    column->addWidget(m_hint);
    column->addWidget(m_error);
    column->addLayout(m_body, 1);
    connect(&context, &BandContext::bandChanged, this, &BandPage::reload);
    connect(&context, &BandContext::dataChanged, this, &BandPage::reload);
}

QString BandPage::errorText() const {
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString BandPage::hintText() const {
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

void BandPage::setHint(const QString& text) {
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void BandPage::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool BandPage::report(const store::Status& status) {
    if (!status.ok()) {
        showError(BandContext::describe(status.error()));
        return false;
    }
    showError({});
    m_context.notifyChanged();
    return true;
}

} // namespace oscalis::ui::band
