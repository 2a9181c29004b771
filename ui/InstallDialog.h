#pragma once

#include "reaper/LinkSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace oscalis::ui {

/// "Install REAPER integration…": shows the REAPER resource folder Oscalis found (editable),
/// copies the pattern file and the ReaScript there with reaper::ReaperInstaller, and then lists
/// what the user still has to do inside REAPER. GUI thread; modal, owned by whoever opens it.
class InstallDialog : public QDialog {
    Q_OBJECT
public:
    InstallDialog(const QString& resourceFolder, const reaper::LinkSettings& link,
                  QWidget* parent = nullptr);

    QString resourceFolder() const;
    /// True once an install ran with nothing failed or in the way.
    bool installed() const { return m_installed; }
    /// What the last install said, then the steps (plain text), for tests.
    QString reportText() const;

public Q_SLOTS:
    /// Installs into resourceFolder() and shows the report and the steps.
    void install();

private:
    void browse();

    reaper::LinkSettings m_link;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_install = nullptr;
    QTextBrowser* m_report = nullptr;
    bool m_installed = false;
};

} // namespace oscalis::ui
