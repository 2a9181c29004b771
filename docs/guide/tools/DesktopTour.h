#pragma once

#include <QDir>
#include <QString>

class QWidget;

namespace oscalis::guide {

/// Opens the studio window the way `oscalis --demo` does (built-in REAPER simulator playing, the
/// band database, the chat through the web server), signs Alice in, visits every page and dialog
/// the user guide shows, and saves each one with QWidget::grab as a PNG named after it (mixer.png,
/// songs.png...). The "Invite bandmates" panel shows a fixed example address, so the guide never
/// carries the address of the machine that made the screenshots. Owned by main(); GUI thread only.
class DesktopTour {
public:
    DesktopTour(QString databasePath, QDir out);

    /// Runs the whole tour; false (having said why on standard error) when a page is missing or
    /// a file cannot be written.
    bool run();

private:
    bool save(QWidget* widget, const QString& name);

    QString m_databasePath;
    QDir m_out;
};

} // namespace oscalis::guide
