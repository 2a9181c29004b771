// oscalis_guide_shots: the user guide's desktop screenshots (docs/guide/make-screenshots.sh runs
// it under Xvfb).
//   oscalis_guide_shots seed <database file> <en|fr>   writes the guide's demo band (GuideSeed)
//                                                      and prints its invite code
//   oscalis_guide_shots desktop <database file> <folder>  saves the window's pages as PNG files
// The language of the window is the one the environment asks for (LANGUAGE, LANG), as for
// oscalis itself; Qt's own words (OK, Cancel...) follow it too.

#include "DesktopTour.h"
#include "GuideSeed.h"

#include "store/Migrations.h"

// Oscalis's own language set-up (ui::Language: its French translation, Qt's, the saved choice or
// the desktop's language) is used once it exists; before it, only Qt's words are translated.
#if __has_include("ui/Language.h")
#include "ui/Language.h"
#define OSCALIS_GUIDE_HAS_LANGUAGE 1
#endif

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace oscalis;

namespace {

int usage() {
    std::fprintf(stderr, "usage: oscalis_guide_shots seed <database file> <en|fr>\n"
                         "       oscalis_guide_shots desktop <database file> <folder>\n");
    return 2;
}

/// The window's language, chosen from the environment (LANGUAGE, LANG) as Oscalis does.
void translate(QApplication& app) {
#ifdef OSCALIS_GUIDE_HAS_LANGUAGE
    Q_UNUSED(app);
    ui::Language::install(ui::Language::resolve(ui::Language::saved()));
#else
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
#endif
}

} // namespace

int main(int argc, char** argv) {
    // The demo's own names: its settings live beside (never over) the real ones.
    QCoreApplication::setOrganizationName(QStringLiteral("Oscalis"));
    QCoreApplication::setApplicationName(QStringLiteral("Oscalis Demo"));
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return usage();
    if (args.at(1) == QLatin1String("seed")) {
        auto opened = store::Migrations::openLatest(args.at(2));
        if (!opened.ok()) {
            std::fprintf(stderr, "oscalis_guide_shots: %s\n", qPrintable(opened.error().message));
            return 1;
        }
        const auto written = guide::GuideSeed::write(*opened.value(), args.at(3));
        if (!written.ok()) {
            std::fprintf(stderr, "oscalis_guide_shots: %s\n", qPrintable(written.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(written.value())); // the invite code, for the browser
        return 0;
    }
    if (args.at(1) != QLatin1String("desktop"))
        return usage();
    translate(app);
    const QDir out(args.at(3));
    if (!out.exists() && !QDir().mkpath(out.path())) {
        std::fprintf(stderr, "oscalis_guide_shots: cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    guide::DesktopTour tour(args.at(2), out);
    return tour.run() ? 0 : 1;
}
