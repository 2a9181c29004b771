#include "ui/band/RecordTables.h"

#include <QHeaderView>
#include <QTableWidget>

namespace oscalis::ui::band {

void makeRecordTable(QTableWidget& table) {
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setSelectionMode(QAbstractItemView::SingleSelection);
    table.setEditTriggers(QAbstractItemView::NoEditTriggers);
    table.verticalHeader()->setVisible(false);
}

QVariant selectedRecord(const QTableWidget& table, int role) {
    const auto rows = table.selectionModel()->selectedRows();
    return rows.isEmpty() ? QVariant() : table.item(rows.first().row(), 0)->data(role);
}

} // namespace oscalis::ui::band
