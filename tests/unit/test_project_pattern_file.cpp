// reaper_script/Oscalis.ReaperOSC: written in REAPER's own action names, covering every address
// Oscalis reads or sends, and leaving out what floods the network.
#include "reaper/FeedbackDispatcher.h"
#include "reaper/ProjectTypes.h"
#include "reaper/Session.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace oscalis;

namespace {

struct PatternFile {
    QMap<QString, QString> settings;   ///< DEVICE_TRACK_COUNT -> "16"
    QStringList actions;               ///< every key, in order
    QMap<QString, QString> addressKey; ///< "/track/@/volume" -> "TRACK_VOLUME"
    QMap<QString, QChar> addressFlag;  ///< "/track/@/volume" -> 'n'
    QStringList problems;
};

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

PatternFile parse(const QByteArray& text) {
    PatternFile out;
    int lineNumber = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")));
        const QString key = words.first();
        out.actions << key;
        if (words.size() == 2 && !words[1].contains(QLatin1Char('/'))) {
            out.settings[key] = words[1];
            continue;
        }
        for (int i = 1; i < words.size(); ++i) {
            const QString& w = words[i];
            if (w.size() < 3 || w[1] != QLatin1Char('/') ||
                !QStringLiteral("nfbtrsi").contains(w[0])) {
                out.problems
                    << QStringLiteral("line %1: '%2' is not flag/pattern").arg(lineNumber).arg(w);
                continue;
            }
            out.addressKey[w.mid(1)] = key;
            out.addressFlag[w.mid(1)] = w[0];
        }
    }
    return out;
}

QSet<QString> validActions() {
    QSet<QString> names;
    const QByteArray text = readFile(QStringLiteral(OSCALIS_TEST_DATA "/reaper/valid-actions.txt"));
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            names.insert(line);
    }
    return names;
}

PatternFile oscalisFile() {
    return parse(readFile(QStringLiteral(OSCALIS_REAPER_SCRIPT "/Oscalis.ReaperOSC")));
}

} // namespace

class TestProjectPatternFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyLineIsWellFormed() {
        const PatternFile f = oscalisFile();
        QVERIFY2(f.problems.isEmpty(), qPrintable(f.problems.join(QLatin1Char('\n'))));
        QVERIFY(f.addressKey.size() > 40);
    }

    void everyActionNameIsOneReaperKnows() {
        const QSet<QString> valid = validActions();
        QVERIFY(valid.contains(QStringLiteral("TRACK_VOLUME_TOUCH")));
        QVERIFY(!valid.contains(QStringLiteral("TRACK_COLOR"))); // the fixture is REAPER's list
        for (const QString& key : oscalisFile().actions)
            QVERIFY2(valid.contains(key), qPrintable(QStringLiteral("unknown action %1").arg(key)));
    }

    void asksForABankOf16AndForMarkersAndRegions() {
        const PatternFile f = oscalisFile();
        QVERIFY(f.settings.value(QStringLiteral("DEVICE_TRACK_COUNT")).toInt() >= 16);
        QVERIFY(f.settings.value(QStringLiteral("DEVICE_MARKER_COUNT")).toInt() > 0);
        QVERIFY(f.settings.value(QStringLiteral("DEVICE_REGION_COUNT")).toInt() > 0);
    }

    void coversEveryAddressTheFeedbackDispatcherReads() {
        reaper::Session session;
        reaper::FeedbackDispatcher dispatcher(session);
        const PatternFile f = oscalisFile();
        const auto patterns = dispatcher.patterns();
        QVERIFY(patterns.size() > 30);
        for (const std::string& p : patterns) {
            const QString address = QString::fromStdString(p);
            QVERIFY2(f.addressKey.contains(address),
                     qPrintable(QStringLiteral("REAPER would never send %1").arg(address)));
        }
    }

    void coversEveryAddressTheLinkSends() {
        // What reaper::Link sends (Link.cpp), with the flag REAPER must read it with.
        const QList<QPair<QString, QString>> sent = {
            {"/track/@/volume", "n"},
            {"/track/@/pan", "n"},
            {"/track/@/volume/touch", "b"},
            {"/track/@/mute", "b"},
            {"/track/@/solo", "b"},
            {"/track/@/recarm", "b"},
            {"/track/@/select", "b"},
            {"/master/volume", "n"},
            {"/master/pan", "n"},
            {"/play", "t"},
            {"/stop", "t"},
            {"/pause", "t"},
            {"/record", "t"},
            {"/repeat", "t"},
            {"/click", "t"},
            {"/rewind", "b"},
            {"/forward", "b"},
            {"/tempo/raw", "f"},
            {"/marker", "i"},
            {"/region", "i"},
            {"/action", "i"},
            {"/device/track/count", "i"},
            {"/device/marker/count", "i"},
            {"/device/region/count", "i"},
            {"/device/track/bank/select", "i"},
        };
        const PatternFile f = oscalisFile();
        for (const auto& [address, flag] : sent) {
            QVERIFY2(f.addressFlag.contains(address), qPrintable(address));
            QCOMPARE(QString(f.addressFlag.value(address)), flag);
        }
    }

    void leavesOutWhatFloods() {
        const PatternFile f = oscalisFile();
        const QSet<QString> banned = {"SAMPLES", "FRAMES", "TRACK_VU", "MASTER_VU"};
        const QStringList bannedPrefixes = {"FX_",         "TRACK_SEND",      "TRACK_RECV",
                                            "MASTER_SEND", "LAST_TOUCHED_FX", "VKB_MIDI"};
        for (const QString& key : f.addressKey) {
            QVERIFY2(!banned.contains(key), qPrintable(key));
            for (const QString& prefix : bannedPrefixes)
                QVERIFY2(!key.startsWith(prefix), qPrintable(key));
        }
        for (const QString& address : f.addressKey.keys()) {
            QVERIFY2(!address.contains(QStringLiteral("fx")) &&
                         !address.contains(QStringLiteral("/send/")) &&
                         !address.contains(QStringLiteral("/samples")) &&
                         !address.endsWith(QStringLiteral("/vu")),
                     qPrintable(address));
        }
    }

    void theLuaScriptIsTheVersionOscalisExpects() {
        const QString lua =
            QString::fromUtf8(readFile(QStringLiteral(OSCALIS_REAPER_SCRIPT "/oscalis.lua")));
        const auto m =
            QRegularExpression(QStringLiteral("SCRIPT_VERSION\\s*=\\s*(\\d+)")).match(lua);
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toInt(), reaper::kExpectedScriptVersion);
        const QString osc =
            QString::fromUtf8(readFile(QStringLiteral(OSCALIS_REAPER_SCRIPT "/Oscalis.ReaperOSC")));
        QVERIFY(osc.contains(QStringLiteral("Oscalis-File-Version: ")));
    }
};

QTEST_GUILESS_MAIN(TestProjectPatternFile)
#include "test_project_pattern_file.moc"
