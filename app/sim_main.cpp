// oscalis-reaper-sim: REAPER's OSC control surface with the stock pattern file, simulated.
#include "reaper/sim/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace oscalis::reaper::sim;

namespace {
bool readInt(const QCommandLineParser& p, const QCommandLineOption& o, int min, int max, int& out) {
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const int v = p.value(o).toInt(&ok);
    if (!ok || v < min || v > max) {
        std::fprintf(stderr,
                     "oscalis-reaper-sim: --%s must be a number from %d to %d, not \"%s\"\n",
                     qPrintable(o.names().constFirst()), min, max, qPrintable(p.value(o)));
        return false;
    }
    out = v;
    return true;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oscalis-reaper-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSCALIS_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Behaves like REAPER's OSC control surface with the stock pattern file "
        "(Default.ReaperOSC):\n"
        "named tracks with volume, pan, mute, solo and arm; time and meters moving while playing;\n"
        "markers and regions; bank size and selection; change-only feedback in bundles, a lone\n"
        "message sent bare; no echo of the address being handled; everything re-sent on\n"
        "/action 41743. Like REAPER it reads /device/marker/count and /device/region/count\n"
        "(0 by default) before it reports markers and regions."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("UDP port to listen on (default 8000, REAPER's)."),
                                  QStringLiteral("port"), QStringLiteral("8000"));
    const QCommandLineOption replyHost(
        QStringLiteral("reply-host"),
        QStringLiteral("Send feedback to this address (\"Device IP\" mode). Default: answer the "
                       "last sender (\"local port\" mode)."),
        QStringLiteral("host"));
    const QCommandLineOption replyPort(QStringLiteral("reply-port"),
                                       QStringLiteral("Port for --reply-host (default 9000)."),
                                       QStringLiteral("port"), QStringLiteral("9000"));
    const QCommandLineOption tracks(QStringLiteral("tracks"),
                                    QStringLiteral("Tracks in the project (default 16)."),
                                    QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption markers(QStringLiteral("markers"),
                                     QStringLiteral("Markers in the project (default 8)."),
                                     QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption regions(QStringLiteral("regions"),
                                     QStringLiteral("Regions in the project (default 4)."),
                                     QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption play(QStringLiteral("play"), QStringLiteral("Start playing at once."));
    const QCommandLineOption maxPacket(
        QStringLiteral("max-packet"),
        QStringLiteral("Largest feedback packet in bytes (default 1024, REAPER's)."),
        QStringLiteral("bytes"), QStringLiteral("1024"));
    const QCommandLineOption interval(
        QStringLiteral("send-interval"),
        QStringLiteral(
            "Milliseconds between feedback packets (default 10, REAPER's; 0 sends at once)."),
        QStringLiteral("ms"), QStringLiteral("10"));
    const QCommandLineOption rate(
        QStringLiteral("surface-rate"),
        QStringLiteral("Meter and time updates per second (default 15, REAPER's usual)."),
        QStringLiteral("hz"), QStringLiteral("15"));
    p.addOptions(
        {port, replyHost, replyPort, tracks, markers, regions, play, maxPacket, interval, rate});
    p.process(app);

    SimOptions o;
    int portValue = 8000, replyPortValue = 9000, rateValue = 15;
    if (!readInt(p, port, 0, 65535, portValue) ||
        !readInt(p, replyPort, 1, 65535, replyPortValue) ||
        !readInt(p, tracks, 0, 1024, o.tracks) || !readInt(p, markers, 0, 256, o.markers) ||
        !readInt(p, regions, 0, 256, o.regions) ||
        !readInt(p, maxPacket, 64, 32768, o.maxPacketBytes) ||
        !readInt(p, interval, 0, 100, o.sendIntervalMs) || !readInt(p, rate, 1, 100, rateValue))
        return 2;
    o.port = quint16(portValue);
    o.surfaceRateHz = rateValue;
    o.play = p.isSet(play);
    if (p.isSet(replyHost)) {
        o.replyHost = p.value(replyHost);
        o.replyPort = quint16(replyPortValue);
    }

    Simulator sim(o);
    if (!sim.start()) {
        std::fprintf(stderr, "oscalis-reaper-sim: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    return QCoreApplication::exec();
}
