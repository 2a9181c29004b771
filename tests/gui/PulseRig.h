#pragma once
// A private PulseAudio sound server for the tests that record and play: a null sink (speakers
// nobody hears, played in real time) and a null source (a microphone that hears silence), on a
// socket of its own in a temporary folder. The test starts it before Qt Multimedia is first used
// and it stops with the rig; the user's own sound server is never touched.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace oscalis::test {

struct PulseRig {
    static constexpr const char* kSpeakers = "oscalis_speakers";
    static constexpr const char* kMicrophone = "oscalis_mic";

    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/oscalis-pulse-XXXXXX")};
    QProcess daemon;
    QString why; ///< why start() failed

    static QString program() {
        return QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    }
    QString socket() const { return dir.filePath(QStringLiteral("native")); }

    ~PulseRig() { stop(); }

    /// Starts the daemon and points this process's PULSE_SERVER at it. Call before anything
    /// touches Qt Multimedia.
    bool start() {
        if (!dir.isValid()) {
            why = QStringLiteral("no temporary folder");
            return false;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Its cookie, runtime files and state stay in the temporary folder.
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("PULSE_SERVER"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        daemon.setProcessEnvironment(env);
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        // As root (CI containers) pulseaudio only warns without --system; a per-user daemon on
        // its own socket is what the test needs either way.
        daemon.start(
            program(),
            {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
             QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=false"),
             QStringLiteral("--disable-shm=true"), QStringLiteral("--realtime=false"),
             QStringLiteral("--high-priority=false"), QStringLiteral("--log-target=stderr"),
             QStringLiteral("-L"),
             QStringLiteral("module-null-sink sink_name=%1").arg(QLatin1String(kSpeakers)),
             QStringLiteral("-L"),
             QStringLiteral("module-null-source source_name=%1").arg(QLatin1String(kMicrophone)),
             QStringLiteral("-L"),
             QStringLiteral("module-native-protocol-unix socket=%1 auth-anonymous=1")
                 .arg(socket())});
        if (!daemon.waitForStarted(10000)) {
            why = QStringLiteral("pulseaudio did not start: %1").arg(daemon.errorString());
            return false;
        }
        qputenv("PULSE_SERVER", ("unix:" + socket()).toLocal8Bit());
        const bool up = QTest::qWaitFor(
            [&] {
                return daemon.state() == QProcess::NotRunning || pactl({QStringLiteral("info")});
            },
            20000);
        if (!up || daemon.state() == QProcess::NotRunning) {
            why = QStringLiteral("pulseaudio did not answer: %1")
                      .arg(QString::fromLocal8Bit(daemon.readAll()).right(600));
            return false;
        }
        return pactl({QStringLiteral("set-default-source"), QLatin1String(kMicrophone)}) &&
               pactl({QStringLiteral("set-default-sink"), QLatin1String(kSpeakers)});
    }

    /// Runs pactl against this server; true when it succeeded.
    bool pactl(const QStringList& args) const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + socket());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("pactl"), args);
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    void stop() {
        if (daemon.state() == QProcess::NotRunning)
            return;
        daemon.terminate();
        if (!daemon.waitForFinished(5000)) {
            daemon.kill();
            daemon.waitForFinished(5000);
        }
    }
};

} // namespace oscalis::test
