#pragma once

#include "reaper/LinkSettings.h"
#include "ui/Language.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace oscalis::ui {

/// Edits where REAPER is (host, port), Oscalis's listening port, the bank size ("Fit to
/// window" or 8..64), the folder the REAPER script writes into (empty: the default in
/// REAPER's resource folder), the language (used from the next start) and whether Oscalis starts
/// as the touchscreen kiosk. Only edits values: the MainWindow saves and applies them. GUI thread.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void setValues(const reaper::LinkSettings& settings, bool fitToWindow);
    /// The edited settings; bankSize is the fixed size (meaningful when !fitToWindow()).
    reaper::LinkSettings linkSettings() const;
    bool fitToWindow() const;
    void setLanguage(Language::Choice choice);
    Language::Choice language() const;
    /// "Start in kiosk mode" (the touchscreen kiosk at every start, like --kiosk).
    void setKioskStart(bool kiosk);
    bool kioskStart() const;

private:
    reaper::LinkSettings m_base;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_reaperPort = nullptr;
    QSpinBox* m_listenPort = nullptr;
    QCheckBox* m_fit = nullptr;
    QSpinBox* m_bankSize = nullptr;
    QLineEdit* m_scriptFolder = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_kiosk = nullptr;
};

} // namespace oscalis::ui
