#pragma once

#include "reaper/Link.h"

#include <QWidget>

class QLabel;

namespace oscalis::ui {

/// A coloured dot and the Link's state in words (green: connected, amber: connecting, red: not
/// answering or the port could not be opened). Follows Link::stateChanged; call refresh() after
/// the settings change. Owned by the MainWindow's status bar; GUI thread only.
class ConnectionIndicator : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionIndicator(reaper::Link& link, QWidget* parent = nullptr);

    QString text() const;
    QColor dotColour() const { return m_colour; }
    void refresh();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    reaper::Link& m_link;
    QLabel* m_label = nullptr;
    QColor m_colour;
};

} // namespace oscalis::ui
