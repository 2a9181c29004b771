#pragma once

#include "store/Result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace oscalis::ui::band {

class BandContext;

/// The band's song suggestions, most votes first: suggest one, vote or take one's vote back
/// (the tally and "you voted" show in the list), promote one to the repertoire (leaders), withdraw.
/// Part of SongsPage; GUI thread; owned by its parent.
class SuggestionsPanel : public QWidget {
    Q_OBJECT
public:
    /// report shows an error or, on success, tells the pages to refresh; returns ok().
    using Report = std::function<bool(const store::Status&)>;
    SuggestionsPanel(BandContext& context, Report report, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Selects the suggestion titled title (for tests and after suggesting).
    bool select(const QString& title);

public Q_SLOTS:
    void reload();
    void suggest();
    /// Votes for the selected suggestion, or takes the vote back if the user already voted.
    void toggleVote();
    void promote();
    void withdraw();

private:
    qint64 selectedId() const;
    bool selectedVoted() const;
    void updateButtons();

    BandContext& m_context;
    Report m_report;
    QLabel* m_hint = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_suggest = nullptr;
    QPushButton* m_vote = nullptr;
    QPushButton* m_promote = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace oscalis::ui::band
