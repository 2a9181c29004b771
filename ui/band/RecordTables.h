#pragma once

#include <QVariant>

class QTableWidget;

namespace oscalis::ui::band {

/// Sets table up as a list of records (songs, gigs, members, dates…): a click selects one whole
/// row, cells are not edited in place and rows carry no numbers. GUI thread.
void makeRecordTable(QTableWidget& table);
/// What the selected row's first cell holds under role, where the pages keep the record's id and
/// flags; an invalid QVariant (0 / false) when no row is selected. GUI thread.
QVariant selectedRecord(const QTableWidget& table, int role = Qt::UserRole);

} // namespace oscalis::ui::band
