#include "app/AppOptions.h"

#include "app/TellUser.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace oscalis::app {

reaper::LinkSettings AppOptions::overlay(reaper::LinkSettings s) const {
    if (reaperHost)
        s.reaperHost = *reaperHost;
    if (reaperPort)
        s.reaperPort = *reaperPort;
    if (listenPort)
        s.listenPort = *listenPort;
    if (bankSize)
        s.bankSize = *bankSize;
    return s;
}

bool wantsHeadless(int argc, char** argv) {
    // --help and --version print and leave: they must work without a display (man, packaging).
    static const char* const kNoWindow[] = {"--headless", "--create-admin", "-h",       "--help",
                                            "--help-all", "-v",             "--version"};
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : kNoWindow)
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        if (std::strncmp(argv[i], "--create-admin=", 15) == 0)
            return true;
    }
    return false;
}

namespace {
std::optional<quint16> parsePort(const QString& value, const QString& what, bool allowZero) {
    bool ok = false;
    const int port = value.toInt(&ok);
    if (!ok || port < (allowZero ? 0 : 1) || port > 65535) {
        tellUser(QCoreApplication::translate(
                     "oscalis", "%1 must be a port number from %2 to 65535, not \"%3\".")
                     .arg(what)
                     .arg(allowZero ? 0 : 1)
                     .arg(value));
        return std::nullopt;
    }
    return quint16(port);
}
} // namespace

std::optional<AppOptions> parseCommandLine() {
    const auto tr = [](const char* s) { return QCoreApplication::translate("oscalis", s); };
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Oscalis: a control surface for REAPER and a home for the band."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start a built-in REAPER simulator and connect to it."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run the REAPER link without any window."));
    const QCommandLineOption host(QStringLiteral("reaper-host"),
                                  tr("Address of the computer running REAPER (default 127.0.0.1)."),
                                  tr("host"));
    const QCommandLineOption reaperPort(QStringLiteral("reaper-port"),
                                        tr("REAPER's OSC listen port (default 8000)."), tr("port"));
    const QCommandLineOption listen(QStringLiteral("port"),
                                    tr("Oscalis's own OSC port, where REAPER sends feedback "
                                       "(default 9000; 0 picks a free one)."),
                                    tr("port"));
    const QCommandLineOption bank(QStringLiteral("bank-size"),
                                  tr("Strips per bank, 8 to 64 (default: what fits the window)."),
                                  tr("strips"));
    const QCommandLineOption firstPaint(
        QStringLiteral("exit-after-first-paint"),
        tr("Print the start-up time once the window is painted, then quit (for benchmarks)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("The band database file (default: in the application's data "
                                   "folder)."),
                                tr("file"));
    const QCommandLineOption createAdmin(
        QStringLiteral("create-admin"),
        tr("Create the first administrator account with this user name, reading the password "
           "from standard input, then exit."),
        tr("name"));
    const QCommandLineOption webPort(QStringLiteral("web-port"),
                                     tr("Port of the web server bandmates open in their browsers "
                                        "(default 8443; 0 turns it off)."),
                                     tr("port"));
    const QCommandLineOption webPlain(
        QStringLiteral("web-plain-loopback"),
        tr("Serve plain HTTP on 127.0.0.1 only, instead of HTTPS on every address (for tests)."));
    const QCommandLineOption webCert(QStringLiteral("web-cert"),
                                     tr("Your own TLS certificate for the web server (PEM file)."),
                                     tr("file"));
    const QCommandLineOption webKey(QStringLiteral("web-key"),
                                    tr("The private key of --web-cert (PEM file, no password)."),
                                    tr("file"));
    p.addOptions({demo, headless, host, reaperPort, listen, bank, firstPaint, db, createAdmin,
                  webPort, webPlain, webCert, webKey});
    p.process(*QCoreApplication::instance());

    AppOptions o;
    o.demo = p.isSet(demo);
    o.headless = p.isSet(headless);
    o.exitAfterFirstPaint = p.isSet(firstPaint);
    o.databasePath = p.value(db);
    o.createAdmin = p.value(createAdmin).trimmed();
    if (p.isSet(createAdmin) && o.createAdmin.isEmpty()) {
        tellUser(tr("--create-admin needs the new administrator's user name."));
        return std::nullopt;
    }
    if (p.isSet(host))
        o.reaperHost = p.value(host);
    if (p.isSet(reaperPort)) {
        if (!(o.reaperPort =
                  parsePort(p.value(reaperPort), QStringLiteral("--reaper-port"), false)))
            return std::nullopt;
    }
    if (p.isSet(listen)) {
        if (!(o.listenPort = parsePort(p.value(listen), QStringLiteral("--port"), true)))
            return std::nullopt;
    }
    if (p.isSet(webPort)) {
        const auto port = parsePort(p.value(webPort), QStringLiteral("--web-port"), true);
        if (!port)
            return std::nullopt;
        o.webPort = *port;
    }
    o.webPlainLoopback = p.isSet(webPlain);
    o.webCertificate = p.value(webCert);
    o.webKey = p.value(webKey);
    if (o.webCertificate.isEmpty() != o.webKey.isEmpty()) {
        tellUser(tr("--web-cert and --web-key go together: give both, or neither."));
        return std::nullopt;
    }
    if (p.isSet(bank)) {
        bool ok = false;
        const int n = p.value(bank).toInt(&ok);
        if (!ok || n < 8 || n > 64) {
            tellUser(
                tr("--bank-size must be a number from 8 to 64, not \"%1\".").arg(p.value(bank)));
            return std::nullopt;
        }
        o.bankSize = n;
    }
    return o;
}

} // namespace oscalis::app
