#pragma once

#include "ui/band/BandPage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace oscalis::ui::band {

/// The band's activity log, newest first, 50 entries a page, filtered by member, action and
/// dates, in words (AuditText) with the things it mentions by name. The action filter offers the
/// actions in the log by their label; text typed there that is not one of them matches the
/// actions whose key starts with it ("song." → song.add, song.edit…).
/// Shown only to those the permission table lets read it (ViewAudit).
/// GUI thread; owned by MainWindow's page stack.
class AuditPage : public BandPage {
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;
    AuditPage(BandContext& context, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// The action filter's text box (its list holds the actions in the log).
    QLineEdit* actionFilter() const;
    QComboBox* actionChoice() const { return m_action; }

public Q_SLOTS:
    void reload() override;

private:
    void fillMembers();
    void fillActions();

    QComboBox* m_member = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    int m_offset = 0;
    qint64 m_membersOf = -1;
};

} // namespace oscalis::ui::band
