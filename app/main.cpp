// Oscalis: composition root. Parses the command line, wires the REAPER link, the optional
// built-in simulator (--demo) and the window (unless --headless).
#include "app/AppOptions.h"
#include "app/CreateAdminCommand.h"
#include "app/DesktopIdentity.h"
#include "app/FirstPaintReporter.h"
#include "app/TellUser.h"
#include "app/WebServerSetup.h"
#include "reaper/Link.h"
#include "reaper/LinkSettingsStore.h"
#include "reaper/ProjectWatcher.h"
#include "reaper/ReaperPaths.h"
#include "reaper/ScriptCommands.h"
#include "reaper/Session.h"
#include "reaper/sim/SimProjectFile.h"
#include "reaper/sim/Simulator.h"
#include "store/Migrations.h"
#include "ui/MainWindow.h"
#include "ui/MixerView.h"
#include "ui/band/BandContext.h"
#include "ui/band/SignInFlow.h"
#include "ui/band/Stage.h"
#include "ui/chat/ChatGateway.h"
#include "util/LogCategories.h"
#include "web/WebServer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

using namespace oscalis;

namespace {

int run(const app::AppOptions& options, const QElapsedTimer& sinceMain) {
    QSettings stored;
    reaper::LinkSettings settings = options.overlay(reaper::loadLinkSettings(stored));

    std::unique_ptr<reaper::sim::Simulator> simulator;
    if (options.demo) {
        reaper::sim::SimOptions simOptions;
        simOptions.port = 0;
        simOptions.play = true;
        simulator = std::make_unique<reaper::sim::Simulator>(simOptions);
        if (!simulator->start()) {
            app::tellUser(QCoreApplication::translate(
                              "oscalis", "The demo could not start its REAPER simulator: %1")
                              .arg(simulator->errorString()));
            return 1;
        }
        settings.reaperHost = QStringLiteral("127.0.0.1");
        settings.reaperPort = simulator->port();
        if (!options.listenPort)
            settings.listenPort = 0; // leave 9000 free for a real REAPER
    }

    reaper::Session session;
    reaper::Link link(session);
    if (!link.start(settings))
        app::tellUser(link.errorString() + QStringLiteral(". ") +
                      QCoreApplication::translate(
                          "oscalis", "Choose another port with --port or in the settings."));

    // What the ReaScript writes; the demo writes its own project.json so colours show at once.
    reaper::ProjectWatcher projectWatcher(session);
    QTemporaryDir demoFolder;
    if (simulator && demoFolder.isValid() &&
        reaper::sim::SimProjectFile::write(simulator->project(), demoFolder.path()))
        projectWatcher.setFolder(demoFolder.path());
    else
        projectWatcher.setFolder(reaper::ReaperPaths::projectFolder(stored));
    // Commands to the ReaScript (live mode's markers) go where it writes, wherever that moves.
    reaper::ScriptCommands scriptCommands;
    scriptCommands.setFolder(projectWatcher.folder());
    QObject::connect(&projectWatcher, &reaper::ProjectWatcher::folderChanged, &scriptCommands,
                     &reaper::ScriptCommands::setFolder);
    if (!simulator)
        QObject::connect(&link, &reaper::Link::settingsApplied, &projectWatcher, [&] {
            const QString folder = reaper::ReaperPaths::projectFolder(QSettings());
            if (folder != projectWatcher.folder())
                projectWatcher.setFolder(folder);
        });

    // The band database: its failure is said in plain words and the mixer works without it.
    const QString dbPath =
        options.databasePath.isEmpty() ? store::Database::defaultPath() : options.databasePath;
    auto opened = store::Migrations::openLatest(dbPath);
    std::unique_ptr<store::Database> database;
    QString databaseProblem;
    if (opened.ok())
        database = std::move(opened).value();
    else
        databaseProblem = QCoreApplication::translate(
                              "oscalis", "The band database %1 could not be opened: %2\nThe mixer "
                                         "works; the band pages are off until this is fixed.")
                              .arg(QDir::toNativeSeparators(dbPath), opened.error().message);

    // The web server shares the database file; each of its threads opens its own connection.
    std::unique_ptr<web::WebServer> webServer;
    ui::JoinInfo join;
    if (database)
        webServer = app::startWebServer(options, dbPath, session, link, join);
    else
        join.error = databaseProblem;

    if (options.headless) {
        if (!databaseProblem.isEmpty())
            app::tellUser(databaseProblem);
        QObject::connect(&link, &reaper::Link::stateChanged, &link,
                         [&link] { app::tellUser(link.stateText()); });
        return QCoreApplication::exec();
    }

    app::applyDesktopIdentity();
    ui::MainWindow window(session, link);
    window.setProjectWatcher(projectWatcher);
    window.setJoinInfo(join);
    if (options.bankSize) // an explicit bank size wins over fitting the window, for this run
        window.mixer()->setFitToWindow(false);
    new app::FirstPaintReporter(&window, sinceMain, options.exitAfterFirstPaint);
    std::unique_ptr<ui::band::BandContext> band;
    std::unique_ptr<ui::band::Stage> stage;
    std::unique_ptr<ui::ChatGateway> chat;
    if (database) {
        band = std::make_unique<ui::band::BandContext>(*database);
        stage =
            std::make_unique<ui::band::Stage>(*band, link, session, scriptCommands, projectWatcher);
        band->setStage(stage.get());
        chat = app::chatGateway(*band, webServer.get());
        window.attachBand(*band, chat.get());
        if (webServer)
            QObject::connect(&window, &ui::MainWindow::browserSessionEnded, webServer.get(),
                             &web::WebServer::sessionRevoked);
    }
    window.show();
    if (!options.exitAfterFirstPaint) { // benchmarks measure the window, not a sign-in dialog
        QTimer::singleShot(0, &window, [&] {
            if (band)
                ui::band::SignInFlow::run(*band, &window);
            else
                QMessageBox::warning(&window, QCoreApplication::translate("oscalis", "Oscalis"),
                                     databaseProblem);
        });
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceMain;
    sinceMain.start();
    QCoreApplication::setOrganizationName(QStringLiteral("Oscalis"));
    QCoreApplication::setApplicationName(QStringLiteral("Oscalis"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSCALIS_VERSION));

    std::unique_ptr<QCoreApplication> application;
    if (app::wantsHeadless(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);

    const auto options = app::parseCommandLine();
    if (!options)
        return 2;
    if (!options->createAdmin.isEmpty())
        return app::CreateAdminCommand::run(options->createAdmin, options->databasePath);
    if (options->demo) // the demo's settings (its simulator's port) never replace the real ones
        QCoreApplication::setApplicationName(QStringLiteral("Oscalis Demo"));
    return run(*options, sinceMain);
}
