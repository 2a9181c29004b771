#include "ui/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace oscalis::ui {

namespace {
constexpr auto kKey = "ui/language";

// Independent of the application name, so that the demo ("Oscalis Demo") speaks the same language.
QString appName() {
    return QStringLiteral("Oscalis");
}

bool systemIsFrench() {
    const QStringList ui = QLocale::system().uiLanguages();
    const QString first = ui.isEmpty() ? QLocale::system().name() : ui.first();
    return first.startsWith(QLatin1String("fr"));
}

/// One translator (file.qm in folder), owned by the application, kept for its lifetime.
bool load(const QString& file, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

Language::Choice Language::saved() {
    const QSettings stored(QCoreApplication::organizationName(), appName());
    const QString value = stored.value(QLatin1String(kKey)).toString();
    if (value == QLatin1String("fr"))
        return Choice::French;
    if (value == QLatin1String("en"))
        return Choice::English;
    return Choice::System;
}

void Language::save(Choice choice) {
    QSettings stored(QCoreApplication::organizationName(), appName());
    switch (choice) {
    case Choice::French:
        stored.setValue(QLatin1String(kKey), QStringLiteral("fr"));
        break;
    case Choice::English:
        stored.setValue(QLatin1String(kKey), QStringLiteral("en"));
        break;
    case Choice::System:
        stored.remove(QLatin1String(kKey));
        break;
    }
}

QString Language::resolve(Choice choice) {
    switch (choice) {
    case Choice::French:
        return QStringLiteral("fr");
    case Choice::English:
        return QStringLiteral("en");
    case Choice::System:
        break;
    }
    return systemIsFrench() ? QStringLiteral("fr") : QStringLiteral("en");
}

bool Language::install(const QString& code) {
    const bool french = code == QLatin1String("fr");
    if (french != systemIsFrench()) // dates and numbers in the chosen language too
        QLocale::setDefault(french ? QLocale(QLocale::French, QLocale::France)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (!french) // English is the source; its translation only holds the plural forms
        return load(QStringLiteral("oscalis_en"), QStringLiteral(":/i18n"));
    // Qt's own words (Cancel, Yes, No in standard dialogs); missing on a bare system, not fatal.
    load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return load(QStringLiteral("oscalis_fr"), QStringLiteral(":/i18n"));
}

} // namespace oscalis::ui
