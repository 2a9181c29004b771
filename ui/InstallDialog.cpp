#include "ui/InstallDialog.h"

#include "reaper/ReaperInstaller.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace oscalis::ui {

InstallDialog::InstallDialog(const QString& resourceFolder, const reaper::LinkSettings& link,
                             QWidget* parent)
    : QDialog(parent), m_link(link) {
    setObjectName(QStringLiteral("installDialog"));
    setWindowTitle(tr("Install REAPER integration"));
    resize(640, 520);

    auto* column = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Oscalis copies its OSC pattern file (OSC/Oscalis.ReaperOSC) and its ReaScript "
           "(Scripts/Oscalis/oscalis.lua) into REAPER's resource folder. Files that Oscalis did "
           "not write are never replaced."),
        this);
    intro->setWordWrap(true);
    column->addWidget(intro);

    column->addWidget(new QLabel(tr("REAPER resource folder:"), this));
    auto* row = new QHBoxLayout;
    m_folder = new QLineEdit(QDir::toNativeSeparators(resourceFolder), this);
    m_folder->setObjectName(QStringLiteral("resourceFolderEdit"));
    m_folder->setToolTip(tr("In REAPER: Options → Show REAPER resource path in explorer/finder"));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    row->addWidget(m_folder, 1);
    row->addWidget(browseButton);
    column->addLayout(row);
    connect(browseButton, &QPushButton::clicked, this, &InstallDialog::browse);

    m_report = new QTextBrowser(this);
    m_report->setObjectName(QStringLiteral("installReport"));
    m_report->setOpenExternalLinks(false);
    column->addWidget(m_report, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_install = buttons->addButton(tr("Install"), QDialogButtonBox::AcceptRole);
    m_install->setObjectName(QStringLiteral("installButton"));
    m_install->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    column->addWidget(buttons);
    // Install keeps the dialog open so the user can read the steps.
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_install, &QPushButton::clicked, this, &InstallDialog::install);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_installed)
            accept();
        else
            reject();
    });

    if (!QFileInfo(resourceFolder).isDir())
        m_report->setPlainText(
            tr("REAPER's resource folder was not found at this place. If REAPER is installed "
               "elsewhere (or portable), choose its resource folder above."));
}

QString InstallDialog::resourceFolder() const {
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

QString InstallDialog::reportText() const {
    return m_report->toPlainText();
}

void InstallDialog::browse() {
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("REAPER resource folder"), resourceFolder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void InstallDialog::install() {
    const QString folder = resourceFolder();
    if (folder.isEmpty()) {
        m_report->setPlainText(tr("Choose REAPER's resource folder first."));
        return;
    }
    const auto report = reaper::ReaperInstaller(folder).install();
    m_installed = report.ok();
    QString html =
        QStringLiteral("<h3>%1</h3><ul>")
            .arg(m_installed ? tr("Installed") : tr("Not everything could be installed"));
    for (const QString& line : report.lines())
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3><ol>").arg(tr("Now, in REAPER"));
    for (const QString& step : reaper::ReaperInstaller::remainingSteps(m_link))
        html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_report->setHtml(html);
}

} // namespace oscalis::ui
