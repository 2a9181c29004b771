#pragma once

#include "store/Result.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace oscalis::ui::band {

class BandContext;

/// Common frame of the band pages: a title, a row for the page's buttons, a hint for an empty
/// page ("No songs yet: add your first one"), a line for errors in plain words, then the content.
/// Reloads itself when the band changes or another page saved something. GUI thread; owned by
/// MainWindow's page stack.
class BandPage : public QWidget {
    Q_OBJECT
public:
    BandPage(BandContext& context, const QString& title, QWidget* parent = nullptr);

    /// The error line's text (empty when the last action went well).
    QString errorText() const;
    /// The empty-page hint's text (empty when hidden).
    QString hintText() const;

public Q_SLOTS:
    /// Reads everything the page shows from the database again.
    virtual void reload() = 0;

protected:
    BandContext& context() const { return m_context; }
    QHBoxLayout* actions() const { return m_actions; }
    QVBoxLayout* body() const { return m_body; }
    void setHint(const QString& text);
    void showError(const QString& text);
    /// Shows status's error, or clears the error line and tells the other pages; returns ok().
    bool report(const store::Status& status);

private:
    BandContext& m_context;
    QHBoxLayout* m_actions = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QVBoxLayout* m_body = nullptr;
};

} // namespace oscalis::ui::band
