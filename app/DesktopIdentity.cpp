#include "app/DesktopIdentity.h"

#include <QDir>
#include <QGuiApplication>
#include <QIcon>

namespace oscalis::app {

void applyDesktopIdentity() {
    QIcon icon;
    const QDir sizes(QStringLiteral(":/icons"));
    for (const QString& name : sizes.entryList({QStringLiteral("oscalis-*.png")}))
        icon.addFile(sizes.filePath(name)); // the size is read from each image
    QGuiApplication::setWindowIcon(icon);
    // packaging/org.oscalis.Oscalis.desktop, without ".desktop"
    QGuiApplication::setDesktopFileName(QStringLiteral("org.oscalis.Oscalis"));
}

} // namespace oscalis::app
