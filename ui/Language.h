#pragma once

#include <QString>

namespace oscalis::ui {

/// The language of Oscalis's windows and messages: French or English (the source language).
/// "System" follows the desktop's language (French when it is French, English otherwise); the
/// choice is kept in QSettings under "ui/language" and read once at start-up, before any window
/// exists (the settings dialog says that a change shows at the next start). install() loads
/// Oscalis's own translation (embedded as :/i18n/oscalis_fr.qm) and Qt's (qtbase_fr, for the
/// buttons of standard dialogs) into the application. Main thread; no instance.
class Language {
public:
    enum class Choice { System, French, English };

    /// The saved choice; System when nothing (or something unknown) is saved.
    static Choice saved();
    static void save(Choice choice);
    /// "fr" or "en": what the choice means on this computer.
    static QString resolve(Choice choice);
    /// Installs the translators for "fr" or "en" (English only needs its plural forms) and makes
    /// QLocale's default the language's when it differs from the system's. Returns false when
    /// Oscalis's own translation could not be loaded (the words then stay as in the code).
    static bool install(const QString& code);
};

} // namespace oscalis::ui
