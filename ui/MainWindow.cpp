#include "ui/MainWindow.h"

#include "reaper/Link.h"
#include "reaper/LinkSettingsStore.h"
#include "reaper/ProjectWatcher.h"
#include "reaper/ReaperPaths.h"
#include "reaper/Session.h"
#include "ui/ConnectionIndicator.h"
#include "ui/InstallDialog.h"
#include "ui/Language.h"
#include "ui/MixerView.h"
#include "ui/SettingsDialog.h"
#include "ui/Theme.h"
#include "ui/TransportBar.h"
#include "ui/band/AuditPage.h"
#include "ui/band/BackupActions.h"
#include "ui/band/BandBar.h"
#include "ui/band/BandContext.h"
#include "ui/band/CalendarPage.h"
#include "ui/band/GigsPage.h"
#include "ui/band/MembersPage.h"
#include "ui/band/RehearsalsPage.h"
#include "ui/band/SongsPage.h"
#include "ui/chat/ChatBanner.h"
#include "ui/chat/ChatGateway.h"
#include "ui/chat/ChatNotifier.h"
#include "ui/chat/ChatPanel.h"
#include "ui/kiosk/KioskPinDialog.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/web/InvitePanel.h"
#include "ui/web/SessionsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace oscalis::ui {

MainWindow::MainWindow(reaper::Session& session, reaper::Link& link, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_link(link) {
    if (auto* application = qobject_cast<QApplication*>(QCoreApplication::instance()))
        theme::applyDarkTheme(*application);

    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Oscalis"));
    resize(1280, 760);
    setMinimumSize(760, 540);

    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_transport = new TransportBar(m_session, m_link, central);
    m_mixer = new MixerView(m_session, m_link, central);
    column->addWidget(m_transport);
    column->addWidget(m_mixer, 1);
    // The mixer is the first page of a stack; attachBand() adds the band pages and a navigation.
    // Above them, the chat banner when a mention arrives and there is no system tray.
    auto* shell = new QWidget(this);
    auto* stacked = new QVBoxLayout(shell);
    stacked->setContentsMargins(0, 0, 0, 0);
    stacked->setSpacing(0);
    m_chatBanner = new ChatBanner(shell);
    stacked->addWidget(m_chatBanner);
    m_pagesRow = new QHBoxLayout;
    m_pagesRow->setSpacing(0);
    stacked->addLayout(m_pagesRow, 1);
    m_stack = new QStackedWidget(shell);
    m_stack->addWidget(central);
    m_pagesRow->addWidget(m_stack, 1);
    setCentralWidget(shell);
    connect(m_chatBanner, &ChatBanner::openRequested, this, &MainWindow::openChat);

    m_indicator = new ConnectionIndicator(m_link, this);
    statusBar()->addWidget(m_indicator, 1);
    auto* keys = new QLabel(tr("Space play/stop · R record · L loop · ←/→ bank"), this);
    keys->setStyleSheet(QStringLiteral("color: #7a8088; padding-right: 8px;"));
    m_scriptStatus = new QLabel(this);
    m_scriptStatus->setObjectName(QStringLiteral("scriptStatus"));
    m_scriptStatus->setTextFormat(Qt::PlainText);
    m_scriptStatus->setVisible(false); // until there is a watcher to report on
    statusBar()->addPermanentWidget(m_scriptStatus);
    statusBar()->addPermanentWidget(keys);
    connect(&m_session, &reaper::Session::projectChanged, this, &MainWindow::updateScriptStatus);

    createMenu();
    addShortcut(QStringLiteral("playStopAction"), QKeySequence(Qt::Key_Space),
                &MainWindow::playOrStop);
    addShortcut(QStringLiteral("recordAction"), QKeySequence(Qt::Key_R), &MainWindow::record);
    addShortcut(QStringLiteral("loopAction"), QKeySequence(Qt::Key_L), &MainWindow::toggleLoop);
    addShortcut(QStringLiteral("previousBankAction"), QKeySequence(Qt::Key_Left),
                &MainWindow::previousBank);
    addShortcut(QStringLiteral("nextBankAction"), QKeySequence(Qt::Key_Right),
                &MainWindow::nextBank);

    const QSettings stored;
    m_mixer->setFitToWindow(stored.value(QLatin1String(kFitKey), true).toBool());
}

void MainWindow::addShortcut(const QString& objectName, const QKeySequence& key,
                             void (MainWindow::*slot)()) {
    auto* action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    // Application-wide so that whichever button has focus, the keys still drive the transport
    // (a modal dialog still takes its own keys first).
    action->setShortcutContext(Qt::ApplicationShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
}

void MainWindow::createMenu() {
    QMenu* menu = menuBar()->addMenu(tr("&Oscalis"));
    menu->setObjectName(QStringLiteral("oscalisMenu"));
    QAction* settings = menu->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    QAction* refresh =
        menu->addAction(tr("&Refresh from REAPER"), this, [this] { m_link.refresh(); });
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    QAction* install = menu->addAction(tr("&Install REAPER integration…"), this,
                                       &MainWindow::installReaperIntegration);
    install->setObjectName(QStringLiteral("installReaperAction"));
    QAction* invite = menu->addAction(tr("I&nvite bandmates…"), this, &MainWindow::inviteBandmates);
    invite->setObjectName(QStringLiteral("inviteBandmatesAction"));
    m_sessionsAction = menu->addAction(tr("Signed-in &browsers…"), this, &MainWindow::showSessions);
    m_sessionsAction->setObjectName(QStringLiteral("signedInBrowsersAction"));
    m_sessionsAction->setEnabled(false); // until someone signs in (attachBand)
    m_kioskPinAction = menu->addAction(tr("Set my &kiosk PIN…"), this, &MainWindow::setKioskPin);
    m_kioskPinAction->setObjectName(QStringLiteral("kioskPinAction"));
    m_kioskPinAction->setEnabled(false);
    menu->addSeparator();
    QAction* quit = menu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::editSettings() {
    SettingsDialog dialog(this);
    dialog.setValues(m_link.settings(), m_mixer->fitsToWindow());
    dialog.setLanguage(Language::saved());
    dialog.setKioskStart(QSettings().value(QLatin1String(kiosk::KioskWindow::kStartKey)).toBool());
    if (dialog.exec() != QDialog::Accepted)
        return;
    reaper::LinkSettings settings = dialog.linkSettings();
    const bool fit = dialog.fitToWindow();
    if (fit)
        settings.bankSize = m_mixer->fittingStripCount();
    QSettings stored;
    reaper::saveLinkSettings(stored, settings);
    stored.setValue(QLatin1String(kFitKey), fit);
    Language::save(dialog.language());
    stored.setValue(QLatin1String(kiosk::KioskWindow::kStartKey), dialog.kioskStart());
    if (!m_link.apply(settings)) {
        QMessageBox::warning(
            this, tr("Oscalis"),
            tr("Oscalis could not listen for REAPER: %1\nChoose another listen port.")
                .arg(m_link.errorString()));
    }
    m_mixer->setFitToWindow(fit);
    m_indicator->refresh();
}

void MainWindow::setKioskPin() {
    if (!m_band || !m_band->signedIn())
        return;
    kiosk::KioskPinDialog dialog(m_band->db(), m_band->actor(), this);
    dialog.exec();
}

void MainWindow::setProjectWatcher(reaper::ProjectWatcher& watcher) {
    m_watcher = &watcher;
    connect(&watcher, &reaper::ProjectWatcher::warning, this, &MainWindow::updateScriptStatus);
    connect(&watcher, &reaper::ProjectWatcher::recovered, this, &MainWindow::updateScriptStatus);
    m_scriptStatus->setVisible(true);
    updateScriptStatus();
}

void MainWindow::attachBand(band::BandContext& context, ChatGateway* chat) {
    if (m_band)
        return;
    m_band = &context;
    m_nav = new QListWidget(centralWidget());
    m_nav->setObjectName(QStringLiteral("pageNavigation"));
    m_nav->setFixedWidth(150);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget { background: #171b20; border: none; border-right: 1px solid "
                       "#2a3038; outline: 0; "
                       "font-size: 12pt; padding-top: 8px; }"
                       // padding needs a background in the rule, or only the selected item gets it
                       "QListWidget::item { padding: 10px 14px; background: transparent; }"
                       "QListWidget::item:selected { background: #2b4a6b; color: white; }"));
    m_pagesRow->insertWidget(0, m_nav);
    // A band page is built the first time it is shown: start-up only pays for the mixer.
    new QListWidgetItem(tr("Mixer"), m_nav);
    m_pageFactories.push_back(nullptr);
    const auto addPage = [this](const QString& title, PageFactory make) {
        m_stack->addWidget(new QWidget(m_stack));
        m_pageFactories.push_back(std::move(make));
        new QListWidgetItem(title, m_nav);
    };
    band::BandContext* band = &context;
    if (chat) {
        m_chatRow = m_nav->count();
        addPage(tr("Chat"), [this, band, chat] { return new ChatPanel(*band, *chat, m_stack); });
    }
    addPage(tr("Songs"), [this, band] { return new band::SongsPage(*band, m_stack); });
    addPage(tr("Rehearsals"), [this, band] { return new band::RehearsalsPage(*band, m_stack); });
    addPage(tr("Calendar"), [this, band] { return new band::CalendarPage(*band, m_stack); });
    addPage(tr("Gigs"), [this, band] { return new band::GigsPage(*band, m_stack); });
    addPage(tr("Members"), [this, band] {
        auto* page = new band::MembersPage(*band, m_stack);
        connect(page, &band::MembersPage::inviteBandmatesRequested, this,
                &MainWindow::inviteBandmates);
        return page;
    });
    addPage(tr("Activity log"), [this, band] { return new band::AuditPage(*band, m_stack); });
    // Wide enough for the longest page name in this language, in bold with an unread count.
    m_nav->ensurePolished();
    QFont bold = m_nav->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = metrics.horizontalAdvance(tr("Chat (%1)").arg(99));
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(std::max(150, widest + 2 * 14 + 12)); // the items' padding, a margin
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    m_nav->setCurrentRow(0);

    auto* bar = addToolBar(tr("Band"));
    bar->setObjectName(QStringLiteral("bandToolBar"));
    bar->setMovable(false);
    m_bandBar = new band::BandBar(context, bar);
    bar->addWidget(m_bandBar);
    (new band::BackupActions(context, this))
        ->addTo(*menuBar()->findChild<QMenu*>(QStringLiteral("oscalisMenu")));

    const auto updateNav = [this] {
        const bool in = m_band->signedIn() && m_band->bandId() != 0;
        for (int i = 1; i < m_nav->count(); ++i)
            m_nav->item(i)->setHidden(!m_band->signedIn());
        m_nav->item(m_nav->count() - 1)->setHidden(!in || !m_band->allows(auth::Action::ViewAudit));
        if (m_nav->currentItem() && m_nav->currentItem()->isHidden())
            m_nav->setCurrentRow(0);
    };
    connect(&context, &band::BandContext::userChanged, this, updateNav);
    const auto updateSessions = [this] {
        m_sessionsAction->setEnabled(m_band->signedIn());
        m_kioskPinAction->setEnabled(m_band->signedIn());
    };
    connect(&context, &band::BandContext::userChanged, this, updateSessions);
    updateSessions();
    connect(&context, &band::BandContext::bandChanged, this, updateNav);
    updateNav();
    if (chat)
        attachChat(context, *chat);
}

void MainWindow::attachChat(band::BandContext& context, ChatGateway& chat) {
    m_chatNotifier = new ChatNotifier(
        chat,
        [this] {
            return m_stack->currentIndex() == m_chatRow && isActiveWindow() && !isMinimized();
        },
        this);
    connect(m_chatNotifier, &ChatNotifier::unreadChanged, this, &MainWindow::showChatBadge);
    connect(m_chatNotifier, &ChatNotifier::openRequested, this, &MainWindow::openChat);
    connect(m_chatNotifier, &ChatNotifier::notified, this,
            [this](const QString& title, const QString& text, qint64 roomId, bool inTray) {
                QApplication::alert(this);
                if (!inTray)
                    m_chatBanner->showMessage(title, text, roomId);
            });
    connect(&context, &band::BandContext::userChanged, m_chatBanner, &QWidget::hide);
    connect(&context, &band::BandContext::bandChanged, m_chatBanner, &QWidget::hide);
}

void MainWindow::showChatBadge(qint64 unread, bool attention) {
    QListWidgetItem* item = m_nav ? m_nav->item(m_chatRow) : nullptr;
    if (!item)
        return;
    item->setText(unread > 0 ? tr("Chat (%1)").arg(unread) : tr("Chat"));
    item->setToolTip(unread == 0   ? QString()
                     : unread == 1 ? tr("1 unread message")
                                   : tr("%1 unread messages").arg(unread));
    QFont font = m_nav->font();
    font.setBold(unread > 0);
    item->setFont(font);
    item->setForeground(attention ? QColor(0xf0, 0xb4, 0x29) : m_nav->palette().text().color());
}

void MainWindow::openChat(qint64 roomId) {
    if (m_chatRow < 0 || !m_band || !m_band->signedIn())
        return;
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    // The room first, so that only the room the person sees counts as read.
    if (auto* panel = qobject_cast<ChatPanel*>(ensurePage(m_chatRow)); panel && roomId)
        panel->openRoom(roomId);
    m_nav->setCurrentRow(m_chatRow);
}

QWidget* MainWindow::ensurePage(int row) {
    if (auto& make = m_pageFactories[std::size_t(row)]) {
        QWidget* placeholder = m_stack->widget(row);
        m_stack->insertWidget(row, make());
        m_stack->removeWidget(placeholder);
        placeholder->deleteLater();
        make = nullptr;
    }
    return m_stack->widget(row);
}

void MainWindow::showPage(int row) {
    if (row < 0 || row >= m_stack->count())
        return;
    ensurePage(row);
    m_stack->setCurrentIndex(row);
    if (row == m_chatRow && m_chatNotifier) {
        m_chatNotifier->chatSeen();
        m_chatBanner->hide();
    }
}

band::BandPage* MainWindow::bandPage(const QString& name) const {
    return m_stack ? m_stack->findChild<band::BandPage*>(name) : nullptr;
}

void MainWindow::updateScriptStatus() {
    if (!m_watcher)
        return;
    const int version = m_session.scriptVersion();
    QString text;
    QString tip;
    bool problem = true;
    if (!m_watcher->lastWarning().isEmpty()) {
        text = tr("⚠ REAPER script file unreadable: keeping the last good state");
        tip = m_watcher->lastWarning();
    } else if (version == 0) {
        text = tr("REAPER script not running");
        tip = tr("No project.json in %1 yet. Oscalis → Install REAPER integration… shows how to "
                 "run the script; it adds track colours and the real track count.")
                  .arg(QDir::toNativeSeparators(m_watcher->folder()));
        problem = false;
    } else if (version != reaper::kExpectedScriptVersion) {
        text = tr("⚠ REAPER script version %1, Oscalis expects %2")
                   .arg(version)
                   .arg(reaper::kExpectedScriptVersion);
        tip = tr("Install the REAPER integration again (Oscalis menu), then run oscalis.lua in "
                 "REAPER again.");
    } else {
        const int count = m_session.project().trackCount;
        text = count == 1 ? tr("REAPER script %1 · 1 track").arg(version)
                          : tr("REAPER script %1 · %2 tracks").arg(version).arg(count);
        tip = QDir::toNativeSeparators(m_watcher->projectPath());
        problem = false;
    }
    m_scriptStatus->setText(text);
    m_scriptStatus->setToolTip(tip);
    m_scriptStatus->setStyleSheet(problem ? QStringLiteral("color: #f0b429; padding: 0 8px;")
                                          : QStringLiteral("color: #7a8088; padding: 0 8px;"));
}

void MainWindow::installReaperIntegration() {
    QSettings stored;
    InstallDialog dialog(reaper::ReaperPaths::resourceFolder(stored), m_link.settings(), this);
    dialog.exec();
    if (!dialog.installed())
        return;
    const QString folder = dialog.resourceFolder();
    if (folder != reaper::ReaperPaths::resourceFolder(stored)) {
        stored.setValue(QLatin1String(reaper::ReaperPaths::kResourceFolderKey), folder);
        if (m_watcher && stored.value(QLatin1String(reaper::ReaperPaths::kProjectFolderKey))
                             .toString()
                             .isEmpty())
            m_watcher->setFolder(reaper::ReaperPaths::projectFolder(stored));
    }
}

void MainWindow::setJoinInfo(const JoinInfo& info) {
    m_joinInfo = info;
    if (m_invitePanel)
        m_invitePanel->setJoinInfo(info);
}

InvitePanel* MainWindow::invitePanel() const {
    return m_invitePanel;
}

void MainWindow::inviteBandmates() {
    if (!m_invitePanel) {
        m_invitePanel = new InvitePanel(m_band, m_joinInfo, this);
        m_invitePanel->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_invitePanel->open();
    m_invitePanel->raise();
}

void MainWindow::showSessions() {
    if (!m_band || !m_band->signedIn())
        return;
    auto* dialog = new SessionsDialog(*m_band, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionsDialog::sessionEnded, this, &MainWindow::browserSessionEnded);
    dialog->open();
}

void MainWindow::playOrStop() {
    m_transport->playOrStop();
}
void MainWindow::record() {
    m_link.record();
}
void MainWindow::toggleLoop() {
    m_link.toggleRepeat();
}
void MainWindow::previousBank() {
    m_link.previousBank();
}
void MainWindow::nextBank() {
    m_link.nextBank();
}

} // namespace oscalis::ui
