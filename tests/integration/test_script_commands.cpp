// Oscalis's command channel to its ReaScript, with the real oscalis.lua on the other side
// (run under Lua 5.4 against the mock REAPER API).
#include "reaper/ScriptCommands.h"
#include "tests/support/ScriptOnce.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace oscalis::reaper;
using oscalis::reaper::test::runScriptOnce;

namespace {
QJsonArray commandsInFile(const QString& folder) {
    QFile f(folder + QStringLiteral("/commands.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("commands")).toArray();
}
} // namespace

class TestScriptCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theScriptRunsEachCommandAndOscalisHearsTheOutcome() {
        QTemporaryDir resource;
        QVERIFY(resource.isValid());
        const QString folder = resource.path() + QStringLiteral("/Oscalis");
        ScriptCommands commands;
        commands.setFolder(folder);
        QSignalSpy finished(&commands, &ScriptCommands::finished);

        const QString marker = commands.addMarker(QStringLiteral("Chanson 2 — « début »"), 12.5);
        const QString jump = commands.goToRegion(QStringLiteral("encore"));
        const QString bogus = commands.send(QStringLiteral("launch_rockets"));
        QVERIFY(!marker.isEmpty() && !jump.isEmpty() && !bogus.isEmpty());
        QCOMPARE(commands.pendingCount(), 3);
        QCOMPARE(commandsInFile(folder).size(), 3);

        const QJsonObject reaper = runScriptOnce(resource.path());
        QVERIFY2(!reaper.isEmpty(), "the script did not run");
        QCOMPARE(reaper.value(QStringLiteral("cursor")).toDouble(), 400.0); // "Encore" starts at 400 s
        QCOMPARE(reaper.value(QStringLiteral("markers")).toArray().first().toString(),
                 QStringLiteral("Chanson 2 — « début »"));

        QTRY_COMPARE(finished.count(), 3); // the folder watcher saw ack.json
        QMap<QString, QPair<bool, QString>> outcome;
        for (const auto& args : finished)
            outcome[args.at(0).toString()] = {args.at(1).toBool(), args.at(2).toString()};
        QVERIFY(outcome[marker].first);
        QVERIFY(outcome[jump].first);
        QVERIFY(!outcome[bogus].first);
        QVERIFY2(outcome[bogus].second.contains(QStringLiteral("unknown command")), qPrintable(outcome[bogus].second));
        QCOMPARE(commands.pendingCount(), 0);
        QCOMPARE(commandsInFile(folder).size(), 0);

        // A second look of the script runs nothing again, and nothing is reported twice.
        runScriptOnce(resource.path());
        commands.readAcknowledgements();
        QCOMPARE(finished.count(), 3);
    }

    void aRestartedOscalisNeverReusesAnId() {
        QTemporaryDir resource;
        ScriptCommands first;
        first.setFolder(resource.path());
        const QString a = first.addMarker(QStringLiteral("A"));
        ScriptCommands second;
        second.setFolder(resource.path());
        const QString b = second.addMarker(QStringLiteral("B"));
        QVERIFY(a != b);
    }

    void anUnwritableFolderIsAPlainError() {
        ScriptCommands commands;
        QVERIFY(commands.send(QStringLiteral("refresh")).isEmpty());
        QVERIFY(commands.error().contains(QStringLiteral("No folder")));
        QCOMPARE(commands.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScriptCommands)
#include "test_script_commands.moc"
