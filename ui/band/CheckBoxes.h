#pragma once

#include <QString>

namespace oscalis::ui::band {

/// A style sheet that draws the check boxes of the item view matched by selector (e.g.
/// "QTableWidget#eventMembers") clearly: the dark theme draws item check boxes nearly invisible,
/// and these must read at a glance. Any thread.
QString visibleCheckBoxes(const QString& selector);

} // namespace oscalis::ui::band
