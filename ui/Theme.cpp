#include "ui/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace oscalis::ui::theme {

QColor background() {
    return QColor(0x1c, 0x1e, 0x22);
}
QColor panel() {
    return QColor(0x26, 0x29, 0x2e);
}
QColor groove() {
    return QColor(0x12, 0x13, 0x16);
}
QColor text() {
    return QColor(0xe8, 0xea, 0xed);
}
QColor dimText() {
    return QColor(0x9a, 0xa0, 0xa8);
}
QColor accent() {
    return QColor(0x4a, 0x9e, 0xe8);
}
QColor muteOn() {
    return QColor(0xf0, 0x9a, 0x2a);
}
QColor soloOn() {
    return QColor(0x5c, 0xcc, 0x5a);
}
QColor armOn() {
    return QColor(0xe5, 0x39, 0x35);
}
QColor playOn() {
    return QColor(0x4c, 0xd0, 0x64);
}
QColor meterLow() {
    return QColor(0x3c, 0xc8, 0x5a);
}
QColor meterMid() {
    return QColor(0xc8, 0xd8, 0x3c);
}
QColor meterHigh() {
    return QColor(0xf0, 0x9a, 0x2a);
}
QColor meterClip() {
    return QColor(0xf0, 0x30, 0x30);
}

namespace {

QString styleSheet() {
    // Only what the palette cannot say: the strip toggles' "on" colours and compact padding.
    return QStringLiteral(R"(
QFrame#channelStrip { background: #26292e; border: 1px solid #33373d; border-radius: 4px; }
QFrame#channelStrip[selected="true"] { border: 1px solid #4a9ee8; background: #2b3340; }
QFrame#masterStrip { background: #2a2730; border: 1px solid #3d3946; border-radius: 4px; }
QPushButton#stripHeader { border: none; border-radius: 3px; padding: 2px; text-align: center; color: #e8eaed; background: #30343a; }
QPushButton#stripHeader:hover { background: #3a3f46; }
QPushButton#stripHeader[selected="true"] { background: #4a9ee8; color: #0c1420; }
QPushButton#muteButton, QPushButton#soloButton, QPushButton#armButton {
    border: 1px solid #454a52; border-radius: 3px; background: #33373d; color: #c8ccd2;
    font-weight: bold; padding: 0px; min-height: 20px; }
QPushButton#muteButton:hover, QPushButton#soloButton:hover, QPushButton#armButton:hover { background: #3d424a; }
QPushButton#muteButton:checked { background: #f09a2a; color: #1a1100; border-color: #ffb850; }
QPushButton#soloButton:checked { background: #5ccc5a; color: #082008; border-color: #86e884; }
QPushButton#armButton:checked { background: #e53935; color: #ffffff; border-color: #ff6a66; }
QLabel#volumeText { color: #e8eaed; background: #15171a; border-radius: 3px; padding: 1px; }
QFrame#timeBox { background: #111316; border: 1px solid #2f343a; border-radius: 4px; }
QLabel#timeDisplay { color: #7fd4ff; }
QLabel#beatDisplay, QLabel#tempoDisplay { color: #b8c0c8; }
QLabel#bankLabel { color: #e8eaed; font-weight: bold; padding: 0px 8px; }
QWidget#transportBar { background: #23262b; border-bottom: 1px solid #33373d; }
QStatusBar { background: #1a1c20; border-top: 1px solid #2e3238; }
)");
}

} // namespace

void applyDarkTheme(QApplication& application) {
    if (application.property("oscalisDarkTheme").toBool())
        return;
    application.setProperty("oscalisDarkTheme", true);
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        application.setStyle(fusion);

    QPalette p;
    p.setColor(QPalette::Window, background());
    p.setColor(QPalette::WindowText, text());
    p.setColor(QPalette::Base, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::AlternateBase, panel());
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x34, 0x3a));
    p.setColor(QPalette::ToolTipText, text());
    p.setColor(QPalette::PlaceholderText, dimText());
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ButtonText, text());
    p.setColor(QPalette::BrightText, QColor(0xff, 0x60, 0x60));
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, QColor(0x0c, 0x14, 0x20));
    p.setColor(QPalette::Link, accent());
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2d, 0x32));
    p.setColor(QPalette::Dark, QColor(0x14, 0x15, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x08, 0x08, 0x0a));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6a, 0x6f, 0x76));
    application.setPalette(p);
    application.setStyleSheet(styleSheet());
}

} // namespace oscalis::ui::theme
