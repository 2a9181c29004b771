#pragma once

#include "store/Gig.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace oscalis::ui::band {

/// What a gig played in live mode: the songs in the order played with how long each lasted,
/// the total, and the songs that were planned but not played. Read-only; opened by StageBar
/// after "Stop live" and from "Played list…". GUI thread; owned by its parent.
class PlayedListDialog : public QDialog {
    Q_OBJECT
public:
    PlayedListDialog(const QString& gigName, const std::vector<store::SetlistItem>& items,
                     QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace oscalis::ui::band
