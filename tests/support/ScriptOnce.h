#pragma once

#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace oscalis::reaper::test {

/// Runs the real reaper_script/oscalis.lua for one look over the REAPER resource folder
/// `resource`, under Lua 5.4 against the mock REAPER API (tests/lua/run_script_once.lua); returns
/// what the mock REAPER ended with, or an empty object when the script did not run. Needs the
/// OSCALIS_LUA, OSCALIS_LUA_RUNNER and OSCALIS_REAPER_SCRIPT variables that
/// tests/integration/CMakeLists.txt gives such tests.
inline QJsonObject runScriptOnce(const QString& resource) {
    QProcess lua;
    lua.start(qEnvironmentVariable("OSCALIS_LUA"),
              {qEnvironmentVariable("OSCALIS_LUA_RUNNER"),
               qEnvironmentVariable("OSCALIS_REAPER_SCRIPT"), resource});
    if (!lua.waitForFinished(30000) || lua.exitCode() != 0) {
        qWarning() << lua.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(lua.readAllStandardOutput()).object();
}

} // namespace oscalis::reaper::test
