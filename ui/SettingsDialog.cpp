#include "ui/SettingsDialog.h"

#include "reaper/ReaperPaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace oscalis::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Oscalis settings"));

    auto* column = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("In REAPER: Preferences › Control/OSC/web › Add › OSC. Set REAPER's "
                      "“Local listen port” and Oscalis's port as REAPER's “Remote port”."),
                   this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #9aa0a8;"));
    column->addWidget(intro);

    auto* form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(QStringLiteral("127.0.0.1"));
    form->addRow(tr("REAPER &host:"), m_host);

    m_reaperPort = new QSpinBox(this);
    m_reaperPort->setObjectName(QStringLiteral("reaperPortEdit"));
    m_reaperPort->setRange(1, 65535);
    m_reaperPort->setGroupSeparatorShown(false);
    form->addRow(tr("REAPER &port:"), m_reaperPort);

    m_listenPort = new QSpinBox(this);
    m_listenPort->setObjectName(QStringLiteral("listenPortEdit"));
    m_listenPort->setRange(0, 65535);
    m_listenPort->setSpecialValueText(tr("Any free port"));
    form->addRow(tr("Oscalis &listen port:"), m_listenPort);

    auto* bankRow = new QHBoxLayout;
    m_fit = new QCheckBox(tr("&Fit to window"), this);
    m_fit->setObjectName(QStringLiteral("fitCheck"));
    m_bankSize = new QSpinBox(this);
    m_bankSize->setObjectName(QStringLiteral("bankSizeEdit"));
    m_bankSize->setRange(8, 64);
    m_bankSize->setSuffix(tr(" strips"));
    bankRow->addWidget(m_fit);
    bankRow->addWidget(m_bankSize, 1);
    form->addRow(tr("Bank size:"), bankRow);
    connect(m_fit, &QCheckBox::toggled, m_bankSize, &QWidget::setDisabled);

    auto* folderRow = new QHBoxLayout;
    m_scriptFolder = new QLineEdit(this);
    m_scriptFolder->setObjectName(QStringLiteral("scriptFolderEdit"));
    m_scriptFolder->setPlaceholderText(QDir::toNativeSeparators(
        reaper::ReaperPaths::projectFolderIn(reaper::ReaperPaths::resourceFolder(QSettings()))));
    m_scriptFolder->setToolTip(
        tr("Where REAPER's oscalis.lua writes project.json and events.json (and reads Oscalis's "
           "commands). Leave it empty for the Oscalis folder in REAPER's resource folder."));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("scriptFolderBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_scriptFolder->text().isEmpty() ? m_scriptFolder->placeholderText()
                                                               : m_scriptFolder->text();
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("The REAPER script's folder"), start);
        if (!chosen.isEmpty())
            m_scriptFolder->setText(QDir::toNativeSeparators(chosen));
    });
    folderRow->addWidget(m_scriptFolder, 1);
    folderRow->addWidget(browse);
    auto* folderLabel = new QLabel(tr("REAPER script &folder:"), this);
    folderLabel->setBuddy(m_scriptFolder);
    form->addRow(folderLabel, folderRow);

    // Each language named in its own words, so that someone lost in the other one finds theirs.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the system"), int(Language::Choice::System));
    m_language->addItem(QStringLiteral("Français"), int(Language::Choice::French));
    m_language->addItem(QStringLiteral("English"), int(Language::Choice::English));
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("A new language shows the next time Oscalis starts."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setStyleSheet(QStringLiteral("color: #9aa0a8;"));
    form->addRow(QString(), languageNote);
    m_kiosk = new QCheckBox(tr("Start in &kiosk mode (the rehearsal-room touchscreen)"), this);
    m_kiosk->setObjectName(QStringLiteral("kioskStartCheck"));
    m_kiosk->setToolTip(
        tr("Full screen and locked; leaving it needs an administrator's kiosk PIN"));
    form->addRow(tr("Kiosk:"), m_kiosk);

    column->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    setMinimumWidth(520);
}

void SettingsDialog::setValues(const reaper::LinkSettings& settings, bool fitToWindow) {
    m_base = settings;
    m_host->setText(settings.reaperHost);
    m_reaperPort->setValue(settings.reaperPort);
    m_listenPort->setValue(settings.listenPort);
    m_bankSize->setValue(settings.bankSize);
    m_fit->setChecked(fitToWindow);
    m_bankSize->setDisabled(fitToWindow);
    m_scriptFolder->setText(QDir::toNativeSeparators(settings.scriptFolder));
}

reaper::LinkSettings SettingsDialog::linkSettings() const {
    reaper::LinkSettings s = m_base;
    s.reaperHost = m_host->text().trimmed();
    if (s.reaperHost.isEmpty())
        s.reaperHost = reaper::LinkSettings().reaperHost;
    s.reaperPort = quint16(m_reaperPort->value());
    s.listenPort = quint16(m_listenPort->value());
    s.bankSize = m_bankSize->value();
    const QString folder = m_scriptFolder->text().trimmed();
    s.scriptFolder =
        folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    return s;
}

bool SettingsDialog::fitToWindow() const {
    return m_fit->isChecked();
}

void SettingsDialog::setLanguage(Language::Choice choice) {
    m_language->setCurrentIndex(m_language->findData(int(choice)));
}

Language::Choice SettingsDialog::language() const {
    return Language::Choice(m_language->currentData().toInt());
}

void SettingsDialog::setKioskStart(bool kiosk) {
    m_kiosk->setChecked(kiosk);
}
bool SettingsDialog::kioskStart() const {
    return m_kiosk->isChecked();
}

} // namespace oscalis::ui
