#include "DesktopTour.h"

#include "auth/AccountService.h"
#include "reaper/Link.h"
#include "reaper/ProjectWatcher.h"
#include "reaper/ReaperPaths.h"
#include "reaper/ScriptCommands.h"
#include "reaper/Session.h"
#include "reaper/sim/SimProjectFile.h"
#include "reaper/sim/Simulator.h"
#include "store/Migrations.h"
#include "ui/ChannelStrip.h"
#include "ui/InstallDialog.h"
#include "ui/MainWindow.h"
#include "ui/MixerView.h"
#include "ui/SettingsDialog.h"
#include "ui/band/BandContext.h"
#include "ui/band/FirstAdminDialog.h"
#include "ui/band/LoginDialog.h"
#include "ui/band/Stage.h"
#include "ui/chat/ChatPanel.h"
#include "ui/chat/MessageModel.h"
#include "ui/chat/WebChatGateway.h"
#include "ui/web/InvitePanel.h"
#include "ui/web/SessionsDialog.h"
#include "web/WebServer.h"

#include "GuideSeed.h"

#include <QCalendarWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <memory>

namespace oscalis::guide {

namespace {

bool fail(const QString& why) {
    std::fprintf(stderr, "oscalis_guide_shots: %s\n", qPrintable(why));
    return false;
}

/// Lets layouts, lazy pages and repaints finish, then waits a moment more for what moves
/// (meters, the play position) to look like it does while someone watches.
void settle(int ms = 400) {
    QCoreApplication::processEvents();
    QTest::qWait(ms);
}

/// Types text into the line edit called name inside dialog, as the person filling it would.
void fill(QWidget* dialog, const char* name, const QString& text) {
    if (auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name)))
        edit->setText(text);
}

/// The row of table whose first column reads text (0 when there is none).
int rowOf(const QTableWidget* table, const QString& text) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == text)
            return row;
    return 0;
}

} // namespace

DesktopTour::DesktopTour(QString databasePath, QDir out)
    : m_databasePath(std::move(databasePath)), m_out(std::move(out)) {}

bool DesktopTour::save(QWidget* widget, const QString& name) {
    if (!widget)
        return fail(QStringLiteral("nothing to capture for %1").arg(name));
    settle();
    const QString file = m_out.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(file))
        return fail(QStringLiteral("cannot write %1").arg(file));
    std::printf("%s\n", qPrintable(file));
    return true;
}

bool DesktopTour::run() {
    // The demo, as main() starts it: a simulator that plays, and its project file for colours.
    reaper::sim::SimOptions simOptions;
    simOptions.port = 0;
    simOptions.play = true;
    reaper::sim::Simulator simulator(simOptions);
    if (!simulator.start())
        return fail(simulator.errorString());
    reaper::LinkSettings settings;
    settings.reaperHost = QStringLiteral("127.0.0.1");
    settings.reaperPort = simulator.port();
    settings.listenPort = 0;
    reaper::Session session;
    reaper::Link link(session);
    if (!link.start(settings))
        return fail(link.errorString());
    reaper::ProjectWatcher watcher(session);
    QTemporaryDir projectFolder;
    if (!reaper::sim::SimProjectFile::write(simulator.project(), projectFolder.path()))
        return fail(QStringLiteral("cannot write the demo's project file"));
    watcher.setFolder(projectFolder.path());
    reaper::ScriptCommands commands;
    commands.setFolder(watcher.folder());

    auto opened = store::Migrations::openLatest(m_databasePath);
    if (!opened.ok())
        return fail(opened.error().message);
    std::unique_ptr<store::Database> db = std::move(opened).value();
    ui::band::BandContext band(*db);

    // REAPER's resource folder, for "Install REAPER integration…": a temporary one, always.
    QTemporaryDir reaperHome;
    const QString resourceFolder = reaperHome.filePath(QStringLiteral("REAPER"));
    if (!reaperHome.isValid() || !QDir().mkpath(resourceFolder))
        return fail(QStringLiteral("cannot make a REAPER resource folder"));
    QSettings().setValue(QLatin1String(reaper::ReaperPaths::kResourceFolderKey), resourceFolder);

    ui::MainWindow window(session, link); // applies the dark theme the dialogs show in
    window.resize(1440, 860);
    window.setProjectWatcher(watcher);
    ui::JoinInfo join;
    join.addresses = {QStringLiteral("https://192.168.1.30:8443/")};
    join.fingerprint = QStringLiteral(
        "3F:A2:9C:51:0B:7E:D4:68:E1:22:9A:CB:40:5F:17:8D:B6:03:E9:72:4A:C5:18:6F:D0:93:2B:7C:"
        "E5:41:0A:9E");
    window.setJoinInfo(join);
    ui::band::Stage stage(band, link, session, commands, watcher);
    band.setStage(&stage);
    // The chat goes through the web server, as in Oscalis when bandmates can join (its own
    // plain loopback port here: the browser screenshots use another Oscalis).
    web::WebServerOptions webOptions;
    webOptions.databasePath = m_databasePath;
    webOptions.port = 0;
    webOptions.plainLoopback = true;
    web::WebServer server(webOptions);
    server.attachReaper(session, link);
    if (!server.start())
        return fail(server.errorString());
    ui::WebChatGateway chat(band, server);
    window.attachBand(band, &chat);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the window never showed"));
    // The person is looking at it: what they read counts as read (best effort without a window
    // manager).
    window.activateWindow();
    static_cast<void>(QTest::qWaitForWindowActive(&window, 2000));
    // Before anyone signs in: the first start's dialog, then the sign-in one of later starts.
    const QString password = QString::fromLatin1(GuideSeed::kPassword);
    {
        ui::band::FirstAdminDialog first(band, &window);
        fill(&first, "username", QStringLiteral("alice"));
        fill(&first, "displayName", QStringLiteral("Alice"));
        fill(&first, "password", password);
        fill(&first, "repeatPassword", password);
        first.show();
        if (!save(&first, QStringLiteral("first-admin")))
            return false;
    }
    {
        ui::band::LoginDialog login(band, &window);
        fill(&login, "username", QStringLiteral("alice"));
        fill(&login, "password", password);
        login.show();
        if (!save(&login, QStringLiteral("sign-in")))
            return false;
    }
    auto actor = band.accounts().login(QStringLiteral("alice"), password,
                                       auth::AccountService::kDesktopSource);
    if (!actor.ok())
        return fail(actor.error().message);
    band.signIn(actor.value());

    // The mixer, once the demo's tracks, colours and meters are there and time runs.
    const bool live = QTest::qWaitFor(
        [&] {
            return link.state() == reaper::Link::State::Connected && session.transport().playing &&
                   session.transport().seconds > 4.0 &&
                   !window.mixer()->strip(1)->header()->text().isEmpty();
        },
        30000);
    if (!live)
        return fail(QStringLiteral("the demo's mixer did not come alive"));
    settle(800);
    if (!save(&window, QStringLiteral("mixer")))
        return false;

    const auto visit = [&](const QString& title, const QString& name) {
        QListWidget* nav = window.navigation();
        for (int row = 0; row < nav->count(); ++row) {
            if (nav->item(row)->text().startsWith(title)) {
                nav->setCurrentRow(row);
                nav->setFocus(); // where the person clicked, not the page's first field
                return save(&window, name);
            }
        }
        return fail(QStringLiteral("no page called %1").arg(title));
    };
    const auto pageTitle = [](const char* text) {
        return QCoreApplication::translate("oscalis::ui::MainWindow", text);
    };

    // The chat, in the band's general room, with its history loaded.
    QListWidget* nav = window.navigation();
    nav->setCurrentRow(window.chatRow());
    nav->setFocus();
    auto* chatPanel = window.findChild<ui::ChatPanel*>();
    if (!chatPanel || !QTest::qWaitFor([&] { return chatPanel->messages()->rowCount() >= 5; }))
        return fail(QStringLiteral("the chat shows no conversation"));
    if (!save(&window, QStringLiteral("chat")))
        return false;

    if (!visit(pageTitle("Songs"), QStringLiteral("songs")))
        return false;
    nav->setCurrentRow(nav->currentRow() + 1); // the rehearsal board, on the song being learnt
    nav->setFocus();
    if (auto* grid = window.findChild<QTableWidget*>(QStringLiteral("masteryGrid")))
        grid->setCurrentCell(rowOf(grid, QStringLiteral("Harvest Moon")), 1);
    if (!save(&window, QStringLiteral("rehearsals")))
        return false;
    nav->setCurrentRow(nav->currentRow() + 1); // the calendar, on the next rehearsal's day
    nav->setFocus();
    if (auto* calendar = window.findChild<QCalendarWidget*>(QStringLiteral("calendar")))
        calendar->setSelectedDate(QDate::currentDate().addDays(2));
    if (auto* events = window.findChild<QTableWidget*>(QStringLiteral("monthEvents")))
        events->selectRow(0);
    if (!save(&window, QStringLiteral("calendar")))
        return false;
    if (!visit(pageTitle("Gigs"), QStringLiteral("gigs")) ||
        !visit(pageTitle("Members"), QStringLiteral("members")) ||
        !visit(pageTitle("Activity log"), QStringLiteral("activity")))
        return false;
    nav->setCurrentRow(0);

    window.inviteBandmates();
    if (!save(window.invitePanel(), QStringLiteral("invite")))
        return false;
    window.invitePanel()->close();

    window.showSessions();
    auto* sessions = window.findChild<ui::SessionsDialog*>();
    if (!save(sessions, QStringLiteral("sessions")))
        return false;
    sessions->close();

    {
        ui::SettingsDialog dialog(&window);
        dialog.setValues(reaper::LinkSettings{}, true); // what a new user sees: the defaults
        dialog.show();
        if (!save(&dialog, QStringLiteral("settings")))
            return false;
    }
    {
        // After "Install": what was copied, and the steps left to do in REAPER.
        ui::InstallDialog dialog(resourceFolder, reaper::LinkSettings{}, &window);
        dialog.show();
        dialog.install();
        if (!save(&dialog, QStringLiteral("install-reaper")))
            return false;
    }

    // The Oscalis menu, with backup and restore at its end.
    auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("oscalisMenu"));
    if (!menu)
        return fail(QStringLiteral("no Oscalis menu"));
    menu->popup(window.mapToGlobal(QPoint(8, 28)));
    if (!save(menu, QStringLiteral("oscalis-menu")))
        return false;
    menu->hide();
    return true;
}

} // namespace oscalis::guide
